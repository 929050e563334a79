/** Where each element of a top-level JSON array starts and ends, so that each record keeps its own bytes. */
import type { Span } from '../../model/document.ts';

/** Element spans of a JSON array text that `JSON.parse` has already accepted. */
export function arrayElements(text: string): Span[] {
  const spans: Span[] = [];
  let depth = 0;
  let inString = false;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) continue;
    } else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) {
        if (start >= 0) spans.push(trimmed(text, start, i));
        break;
      }
    } else if (c === ',' && depth === 1) {
      spans.push(trimmed(text, start, i));
      start = -1;
      continue;
    }
    if (depth >= 1 && start < 0 && !/\s/.test(c)) start = i;
  }
  return spans;
}

function trimmed(text: string, start: number, end: number): Span {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return { start, end: e };
}

/** Non-blank lines of a JSON-lines text. */
export function jsonLines(text: string): Span[] {
  const spans: Span[] = [];
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end + 1;
  }
  return spans;
}
