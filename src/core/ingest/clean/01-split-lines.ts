/** Step 1: raw text → non-blank lines with positions, noting blank lines between them. */
import type { Line } from './types.ts';

const NOT_BLANK = /\S/;

export function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let blank = false;
  for (let start = 0; start <= raw.length; ) {
    let end = raw.indexOf('\n', start);
    if (end < 0) end = raw.length;
    if (NOT_BLANK.test(raw.slice(start, end))) {
      lines.push({ start, end, blankBefore: blank });
      blank = false;
    } else blank = true;
    start = end + 1;
  }
  return lines;
}
