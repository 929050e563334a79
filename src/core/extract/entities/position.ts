/** Where an offset falls: its sentence and its first word, by binary search. */
import type { Doc } from './types.ts';

/** Index of the sentence containing offset `at` (binary search). */
export function sentenceAt(doc: Doc, at: number): number {
  const s = doc.sentences;
  let lo = 0;
  let hi = s.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid]!.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return s[found]?.index ?? 0;
}

/** Index of the first token starting at or after `offset`. */
export function firstTokenFrom(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
