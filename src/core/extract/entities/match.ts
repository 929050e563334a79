/**
 * Matching the indexes against the words of a text: the longest entry
 * starting at a word, with each word's case requirement (acronyms in
 * capitals, names capitalised) and only name-internal punctuation between
 * words; glued names through the spaceless key.
 */
import type { EntityIndex, Entry, EntryKind } from './gazetteer.ts';
import { NAME_GAP, type Token } from './tokens.ts';

export interface Match {
  readonly entry: Entry;
  /** Token range [from, to). */
  readonly from: number;
  readonly to: number;
  /** Found with spaces missing (`NguyenXuan Phuc`). */
  readonly glued: boolean;
}

/** Whether a word belongs to the names of bodies, offices or countries (compared as the language needs). */
export function inVocabulary(index: EntityIndex, t: Token): boolean {
  return index.lexicon.exactWords ? index.vocabularyWritten.has(t.lower) : index.vocabulary.has(t.fold);
}

/** Whether text token `t` satisfies an entry word's writing requirement. */
function written(t: Token, need: 'cap' | 'upper' | null): boolean {
  if (need === 'cap') return t.cap;
  if (need === 'upper') return t.upper || (t.cap && t.end - t.start === 1);
  return true;
}

/**
 * The longest entry starting at token `i`, or undefined. `kinds` narrows the
 * search (the title scanner asks only for titles, countries ...).
 */
export function matchAt(
  index: EntityIndex,
  text: string,
  tokens: readonly Token[],
  i: number,
  kinds?: ReadonlySet<EntryKind>,
): Match | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  for (const e of index.byFirst.get(t.fold) ?? []) {
    if (kinds && !kinds.has(e.kind)) continue;
    const n = e.words.length;
    if (i + n > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const tk = tokens[i + k]!;
      ok = (e.lower ? tk.lower === e.lower[k] : tk.fold === e.words[k]) && written(tk, e.need[k] ?? null);
    }
    // The gaps only once every word matched: a frequent first word ("Lao", "Ministry") heads dozens of
    // entries, and slicing and testing each gap for each of them was most of the matching time.
    for (let k = 1; k < n && ok; k++)
      ok = NAME_GAP.test(text.slice(tokens[i + k - 1]!.end, tokens[i + k]!.start));
    if (ok && e.exact !== null) ok = text.slice(t.start, tokens[i + n - 1]!.end) === e.exact;
    if (ok) return { entry: e, from: i, to: i + n, glued: false };
  }
  if (t.cap && (!kinds || kinds.has('person') || kinds.has('place')))
    return gluedAt(index, text, tokens, i, kinds);
  return undefined;
}

/** `NguyenXuan Phuc`, `NguyenXuanPhuc`: a known name written with fewer words than it has. */
function gluedAt(
  index: EntityIndex,
  text: string,
  tokens: readonly Token[],
  i: number,
  kinds?: ReadonlySet<EntryKind>,
): Match | undefined {
  let key = '';
  let found: Match | undefined;
  for (let k = 0; k < 4 && i + k < tokens.length; k++) {
    const tk = tokens[i + k]!;
    if (k > 0 && !/^[ \u00a0]$/.test(text.slice(tokens[i + k - 1]!.end, tk.start))) break;
    key += tk.fold;
    for (const e of index.compact.get(key) ?? []) {
      if (e.words.length > k + 1 && (!kinds || kinds.has(e.kind)))
        found = { entry: e, from: i, to: i + k + 1, glued: true };
    }
  }
  return found;
}
