/** The cleaned text's paragraphs (one a line), with caption flags, for the metadata readers. */
import type { Span } from '../../model/document.ts';

export interface Paragraph {
  readonly text: string;
  readonly start: number;
  readonly caption: boolean;
}

export function paragraphsOf(text: string, captions: readonly Span[]): Paragraph[] {
  const captionStarts = new Set(captions.map((c) => c.start));
  const out: Paragraph[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ text: line, start, caption: captionStarts.has(start) });
    start += line.length + 1;
  }
  return out;
}

const LETTER = /\p{L}/u;

/** Whether a string has at least `n` letters (any script); stops counting there. */
export function hasLetters(text: string, n: number): boolean {
  let count = 0;
  for (const ch of text) if (LETTER.test(ch) && ++count >= n) return true;
  return count >= n;
}
