/**
 * Splits cleaned text into sentences, keeping offsets. Lines are paragraphs
 * (the cleaner leaves one per line); inside a line a sentence ends at . ! ?
 * (or the Lao/CJK equivalents) followed by space and a capital, unless the
 * word before the stop is a known abbreviation or a single initial.
 */
import type { KnownLanguage, Span } from '../../model/document.ts';
import type { Sentence } from '../types.ts';
import { abbreviationsFor } from './data.ts';

const BOUNDARY = /[.!?…]+["'”’)\]]*\s+(?=["'“‘([]?[\p{Lu}\p{N}\p{Script=Lao}])/gu;

export function splitSentences(
  text: string,
  language: KnownLanguage,
  captions: readonly Span[] = [],
  title: string | null = null,
): Sentence[] {
  const abbreviations = abbreviationsFor(language);
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd > lineStart) {
      for (const [start, end] of splitLine(text, lineStart, lineEnd, abbreviations)) {
        const caption = captions.some((c) => c.start <= start && end <= c.end + 1);
        const headline = out.length === 0 && title !== null && text.slice(start, end).trim() === title.trim();
        out.push({ start, end, index: out.length, paragraph, caption, headline });
      }
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

function splitLine(
  text: string,
  from: number,
  to: number,
  abbreviations: ReadonlySet<string>,
): [number, number][] {
  const line = text.slice(from, to);
  const spans: [number, number][] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
    const stop = m.index;
    const word = /([\p{L}.]+)$/u.exec(line.slice(start, stop))?.[1] ?? '';
    const bare = word.replace(/^\.+/, '').toLowerCase();
    // "Gen. Giang", "U.S. aid", "Nguyen V. A." are not sentence ends.
    if (line[stop] === '.' && (abbreviations.has(bare) || /^\p{Lu}$/u.test(word))) continue;
    const end = stop + m[0].trimEnd().length;
    pushTrimmed(spans, line, start, end, from);
    start = m.index + m[0].length;
  }
  pushTrimmed(spans, line, start, line.length, from);
  return spans;
}

function pushTrimmed(
  spans: [number, number][],
  line: string,
  start: number,
  end: number,
  base: number,
): void {
  while (start < end && /\s/.test(line[start]!)) start++;
  while (end > start && /\s/.test(line[end - 1]!)) end--;
  if (end > start) spans.push([base + start, base + end]);
}
