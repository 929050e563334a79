/**
 * Step 3: names the knowledge base does not know. A name is a run of
 * capitalised words (parts joined by hyphens count as one word: `Sẻng-nuôn`);
 * it is a person when an introducing phrase stands before it, or when its
 * shape is unmistakable (a Vietnamese surname and syllables in English text).
 * It is not a person inside a photo credit or byline, before a place word
 * ("Le Loi Street"), or when it is made of institution words.
 */
import type { Person } from '../../../kb/schema.ts';
import { type NameCultureRules, phraseAt } from './lexicon.ts';
import { inVocabulary } from './match.ts';
import type { Token } from './tokens.ts';
import type { Doc } from './types.ts';

export interface Run {
  /** Token range [from, to). */
  readonly from: number;
  readonly to: number;
  /** Token ranges of the words (a hyphenated word is several tokens). */
  readonly words: readonly (readonly [number, number])[];
}

const SPACE = /^[ \t\u00a0]+$/u;

/** Capitalised words from token `i`, joined by spaces or name joiners, on one line. */
export function runAt(doc: Doc, i: number): Run | null {
  const { tokens, text, at, index } = doc;
  const joiners = index.lexicon.nameJoiners;
  const words: [number, number][] = [];
  let j = i;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (!t.cap || t.digit) break;
    if (j > i && (!SPACE.test(text.slice(tokens[j - 1]!.end, t.start)) || at[j] !== undefined)) break;
    let k = j + 1;
    // Joined parts: "Sẻng-nuôn", "Sủ - phăn", "Xay-nha-lạt".
    while (k < tokens.length) {
      const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start).trim();
      if (
        !joiners.includes(gap) ||
        tokens[k]!.digit ||
        text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n')
      )
        break;
      if (tokens[k]!.cap && gap !== '-' && gap !== '‐') break;
      k++;
    }
    words.push([j, k]);
    j = k;
  }
  return words.length ? { from: i, to: j, words } : null;
}

/** The written form of tokens [from, to), spaces normalised. */
export function surface(doc: Doc, from: number, to: number): string {
  const { tokens, text } = doc;
  return text
    .slice(tokens[from]!.start, tokens[to - 1]!.end)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[ \t\u00a0]+/g, ' ');
}

export const keyOf = (doc: Doc, from: number, to: number): string =>
  doc.tokens
    .slice(from, to)
    .map((t) => t.fold)
    .join(' ');

/** The culture whose surname and syllables the words have (a Vietnamese name), if any. */
export function cultureOf(doc: Doc, run: Run): NameCultureRules | undefined {
  const { tokens } = doc;
  const first = tokens[run.from]!;
  for (const c of doc.index.lexicon.cultures) {
    if (!c.surnames.has(first.fold) || run.words.length < 2 || run.words.length > c.maxSyllables) continue;
    if (run.words.every(([a, b]) => b - a === 1 && c.syllable.test(tokens[a]!.fold))) return c;
  }
  return undefined;
}

/**
 * The part of a run that can be a person's name: a culture name (surname
 * first) anywhere in it, or else the words left after institution words at
 * its start; null when nothing is left or an institution word remains.
 */
export function nameIn(doc: Doc, run: Run): { run: Run; culture: NameCultureRules | undefined } | null {
  const { tokens, index } = doc;
  for (let w = 0; w < run.words.length - 1; w++) {
    const sub = subRun(run, w);
    const culture = cultureOf(doc, sub);
    if (culture) return { run: sub, culture };
    // Words before a name must be institution words ("Investment Trần Quốc Phương").
    if (!isInstitutional(doc, tokens[run.words[w]![0]]!)) break;
  }
  let w = 0;
  while (w < run.words.length && isInstitutional(doc, tokens[run.words[w]![0]]!)) w++;
  const rest = subRun(run, w);
  if (rest.words.length < 2 || rest.words.length > 4) return null;
  for (const [a, b] of rest.words) {
    // A hyphenated transcription ("Xay-nha-lạt") is a name whatever its syllables mean.
    if (b - a > 1) continue;
    const t = tokens[a]!;
    if (isInstitutional(doc, t) || t.fold.length < 2) return null;
  }
  if (index.lexicon.notNames.has(index.lexicon.word(tokens[rest.from]!))) return null;
  return { run: rest, culture: undefined };
}

const isInstitutional = (doc: Doc, t: Token) =>
  inVocabulary(doc.index, t) || doc.index.lexicon.notNames.has(doc.index.lexicon.word(t));

function subRun(run: Run, fromWord: number): Run {
  const words = run.words.slice(fromWord);
  return { from: words[0]?.[0] ?? run.to, to: run.to, words };
}

/** A place or body word right after ("Le Loi Street") or before ("tỉnh Quảng Trị") the run. */
export function placeContext(doc: Doc, run: Run): boolean {
  const { tokens } = doc;
  const lex = doc.index.lexicon;
  const next = tokens[run.to];
  if (
    next &&
    lex.nonPersonAfter.has(lex.word(next)) &&
    SPACE.test(doc.text.slice(tokens[run.to - 1]!.end, next.start))
  )
    return true;
  return lex.nonPersonBefore.some((ws) => phraseAt(lex, tokens, run.from - ws.length, ws));
}

/**
 * Photo credits and bylines: "Photo: VNA/Nguyen Van A", "VNA/VNS Photo Huỳnh
 * Ngọc Sơn", "By Nguyen Van A", "Thống Nhất/TTXVN", "Ảnh: Trí Dũng – TTXVN",
 * or a line that is nothing but the name.
 */
export function isCredit(doc: Doc, run: Run): boolean {
  const { text, tokens } = doc;
  const start = tokens[run.from]!.start;
  const end = tokens[run.to - 1]!.end;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd);
  if (/^[\s|()\-–—.:]*$/.test(before) && /^[\s|()\-–—./]*(?:[\p{Lu}\p{N}]{2,}[\s/]*)*$/u.test(after))
    return true;
  if (/^\s*[/–—-]\s*\p{Lu}{2,}/u.test(after)) return true;
  const tail = before.slice(-60);
  for (const marker of doc.index.lexicon.creditMarkers) {
    const at = tail.lastIndexOf(marker);
    if (at < 0) continue;
    const between = tail.slice(at + marker.length);
    // Only punctuation and agency codes between the marker and the name.
    if (/^\s*:?\s*(?:[\p{Lu}\p{N}]{2,}\s*[/–-]\s*)*(?:[\p{Lu}]{2,}\s+)?$/u.test(between)) return true;
  }
  return false;
}

/**
 * A known person a new name is a spelling variant of (`Bounnhang Vorachith`
 * for Bounnhang Vorachit, `Thoonglun Sisulith` for Thongloun Sisoulith): as
 * many words, each with the same initial and a few letters apart. Vietnamese
 * names differ only in diacritics, which folding already ignores, so they are
 * never matched loosely: `Nguyễn Văn Thanh` and `Nguyễn Văn Thành` are two people.
 */
export function spellingVariant(
  doc: Doc,
  run: Run,
  culture: NameCultureRules | undefined,
): Person | undefined {
  if (culture) return undefined;
  const words = run.words.map(([a, b]) => keyOf(doc, a, b).replace(/ /g, ''));
  const total = words.join('').length;
  let best: Person | undefined;
  let bestDistance = Math.ceil(total / 5) + 1;
  for (const known of doc.index.byInitials.get(words[0]!.slice(0, 2)) ?? []) {
    if (known.words.length !== words.length) continue;
    let d = 0;
    for (let k = 0; k < words.length && d < bestDistance; k++) {
      const a = words[k]!;
      const b = known.words[k]!;
      const limit = Math.ceil(Math.max(a.length, b.length) / 3);
      const dk = a[0] === b[0] ? distance(a, b, limit) : limit + 1;
      d += dk > limit ? bestDistance : dk;
    }
    if (d < bestDistance) {
      best = known.person;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. */
export function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let k = 1; k <= b.length; k++) {
      const v = Math.min(prev[k]! + 1, cur[k - 1]! + 1, prev[k - 1]! + (a[i - 1] === b[k - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Fewest words outside known names and titles for a line to be judged a title-case headline. */
const TITLE_CASE_MIN_WORDS = 4;

/**
 * Whether token `i` stands in a headline written in title case ("Lao Deputy
 * PM Urges Stronger Border Trade Ties"), where any phrase looks like a name:
 * every word of four letters or more, other than known names and titles, is
 * capitalised. A sentence has lower-case verbs and nouns.
 */
export function inTitleCaseLine(doc: Doc, i: number): boolean {
  const { text, tokens, at } = doc;
  const t = tokens[i];
  if (!t) return false;
  const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
  let lineEnd = text.indexOf('\n', t.end);
  if (lineEnd < 0) lineEnd = text.length;
  let j = i;
  while (j > 0 && tokens[j - 1]!.start >= lineStart) j--;
  let words = 0;
  while (j < tokens.length && tokens[j]!.start < lineEnd) {
    const m = at[j];
    if (m) {
      j = m.to;
      continue;
    }
    const w = tokens[j]!;
    if (w.end - w.start >= 4 && !w.digit) {
      if (!w.cap) return false;
      words++;
    }
    j++;
  }
  return words >= TITLE_CASE_MIN_WORDS;
}
