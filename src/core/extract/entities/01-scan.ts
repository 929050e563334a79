/**
 * Step 1: every knowledge-base name, title, honorific and role in the text,
 * longest match first, left to right; and the description phrases
 * ("his Lao counterpart", "the host"), which are matched word by word with
 * slots for a country, a possessive or a title.
 */
import type { EntityIndex, EntryKind } from './gazetteer.ts';
import type { DescriptionKind } from './lexicon.ts';
import { type Match, matchAt } from './match.ts';
import type { Token } from './tokens.ts';

export function scanMatches(
  index: EntityIndex,
  text: string,
  tokens: readonly Token[],
): (Match | undefined)[] {
  const at: (Match | undefined)[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; ) {
    const m = titleInside(index, text, tokens, i, matchAt(index, text, tokens, i));
    if (m) {
      at[i] = m;
      i = m.to;
    } else i++;
  }
  return at;
}

const BEFORE_TITLE: ReadonlySet<EntryKind> = new Set(['country', 'place']);
const TITLE: ReadonlySet<EntryKind> = new Set(['title']);

/**
 * "Lao National Assembly President X": a body's name that runs into a longer
 * title ("National Assembly President") gives way to a country and the title.
 */
function titleInside(
  index: EntityIndex,
  text: string,
  tokens: readonly Token[],
  i: number,
  m: Match | undefined,
): Match | undefined {
  if (m?.entry.kind !== 'org') return m;
  for (let j = i + 1; j < m.to; j++) {
    const title = matchAt(index, text, tokens, j, TITLE);
    if (!title || title.to <= m.to) continue;
    const head = matchAt(index, text, tokens, i, BEFORE_TITLE);
    if (head?.to === j) return head;
  }
  return m;
}

export interface DescriptionMatch {
  readonly kind: DescriptionKind;
  readonly from: number;
  readonly to: number;
  readonly country: string | null;
}

const WORD_GAP = /^(?:[ \t\u00a0]+|['’]s?[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)$/u;

/** The longest description pattern starting at token `i`. */
export function descriptionAt(
  index: EntityIndex,
  text: string,
  tokens: readonly Token[],
  at: readonly (Match | undefined)[],
  i: number,
): DescriptionMatch | undefined {
  let best: DescriptionMatch | undefined;
  for (const { kind, parts } of index.lexicon.descriptions) {
    let j = i;
    let country: string | null = null;
    let ok = true;
    for (const part of parts) {
      const t = tokens[j];
      if (!t || (j > i && !WORD_GAP.test(text.slice(tokens[j - 1]!.end, t.start)))) {
        ok = false;
        break;
      }
      if ('word' in part) {
        ok = index.lexicon.word(t) === part.word;
        j++;
      } else if (part.slot === 'poss') {
        ok = index.lexicon.possessives.has(index.lexicon.word(t));
        j++;
      } else {
        const m = at[j];
        const kind = part.slot === 'country' ? 'country' : 'title';
        ok = m !== undefined && m.entry.kind === kind;
        if (ok && m) {
          country = m.entry.country?.code ?? m.entry.titleCountry?.code ?? country;
          j = m.to;
        }
      }
      if (!ok) break;
    }
    if (ok && (!best || j > best.to)) best = { kind, from: i, to: j, country };
  }
  return best;
}
