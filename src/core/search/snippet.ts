/**
 * Search snippets: a window of the document text around the first match, with
 * the matched words as spans. `foldChars` keeps lengths, so matches found in
 * the folded text are offsets into the original, which is what is shown.
 */
import type { Span } from '../model/document.ts';
import { foldChars } from '../text/fold.ts';

export interface Snippet {
  readonly text: string;
  /** `[start, end)` offsets into `text`, sorted, not overlapping. */
  readonly highlights: readonly Span[];
}

export interface SnippetOptions {
  /** Characters of context in the window, ellipses excluded. Default 200. */
  readonly width?: number;
}

const ELLIPSIS = '…';
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Spans of whole folded words equal to one of `words`; for scripts written without spaces (Lao), substrings. */
export function findMatches(folded: string, words: readonly string[]): Span[] {
  const wanted = new Set(words);
  const spans: Span[] = [];
  for (const m of folded.matchAll(WORD)) {
    if (wanted.has(m[0])) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  if (spans.length > 0) return spans;
  // The tokenizers can match a Lao word inside a longer unspaced run only by
  // substring, so fall back to that before giving up.
  for (const word of wanted) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) {
      spans.push({ start: at, end: at + word.length });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of spans) if (span.start >= (kept.at(-1)?.end ?? 0)) kept.push(span);
  return kept;
}

/** Moves `at` back (or forward) to the nearest whitespace so the window does not cut a word, within 20 characters. */
function wordBoundary(text: string, at: number, direction: -1 | 1): number {
  for (let i = at, n = 0; i > 0 && i < text.length && n < 20; i += direction, n++) {
    if (/\s/u.test(text[i]!)) return direction === -1 ? i + 1 : i;
  }
  return at;
}

/**
 * @param words folded query words (see `highlightWords`).
 * @example makeSnippet('Tổng Bí thư Tô Lâm đã tiếp…', ['to', 'lam']).highlights // [{start:12,end:14},{start:15,end:18}]
 */
export function makeSnippet(text: string, words: readonly string[], options: SnippetOptions = {}): Snippet {
  const width = options.width ?? 200;
  const matches = findMatches(foldChars(text), words);
  const first = matches[0];
  let start = first === undefined ? 0 : Math.max(0, first.start - Math.floor(width / 3));
  if (start > 0) start = wordBoundary(text, start, -1);
  let end = Math.min(text.length, start + width);
  if (end < text.length) end = wordBoundary(text, end, 1);
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  const shift = prefix.length - start;
  const highlights = matches
    .filter((m) => m.start >= start && m.end <= end)
    .map((m) => ({ start: m.start + shift, end: m.end + shift }));
  return { text: `${prefix}${text.slice(start, end)}${suffix}`, highlights };
}
