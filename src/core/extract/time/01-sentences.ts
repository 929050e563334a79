/**
 * Scopes for reading times: lines, cut at sentence ends. A year stated in a
 * sentence is lent to the year-less dates of that sentence only, and chrono is
 * slow on long strings (0.3 MB/s on 1 MB, 2.4 MB/s per paragraph), so it never
 * sees more than one sentence. Only a stop followed by a capital ends a
 * sentence: "Jan. 26" and "Feb. 2014" stay whole.
 */
import type { Span } from '../../model/document.ts';

const END = /[.!?…]+["'”’)\]]*\s+(?=["'“‘([]?\p{Lu})/gu;
/** Longer runs without a stop (tables, Lao prose) are cut at a space near this length. */
const MAX = 2000;

export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    let start = 0;
    END.lastIndex = 0;
    for (let m = END.exec(line); m; m = END.exec(line)) {
      push(out, text, lineStart + start, lineStart + m.index + m[0].trimEnd().length);
      start = m.index + m[0].length;
    }
    push(out, text, lineStart + start, lineEnd);
    lineStart = lineEnd + 1;
  }
  return out;
}

function push(out: Span[], text: string, start: number, end: number): void {
  while (end - start > MAX) {
    const cut = text.lastIndexOf(' ', start + MAX);
    const at = cut > start ? cut : start + MAX;
    push(out, text, start, at);
    start = at;
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}
