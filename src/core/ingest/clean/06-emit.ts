/**
 * Step 6: paragraphs → cleaned text, offset map and caption spans.
 * Whitespace runs become one space, invisible characters (zero-width
 * spaces, soft hyphens, BOMs, control characters) go, paragraphs are
 * separated by one `\n`. A space or `\n` that is itself in the raw text is
 * copied, so most of the text maps back as a few long segments.
 */
import type { OffsetMap, Span } from '../../model/document.ts';
import { OffsetBuilder } from '../../text/offsets.ts';
import type { Paragraph } from './types.ts';

enum Kind {
  Visible = 0,
  Space = 1,
  Invisible = 2,
}

function kindOf(code: number): Kind {
  if (code > 0x20 && code < 0x7f) return Kind.Visible;
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return Kind.Space;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return Kind.Invisible;
  if (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)) return Kind.Space;
  if (code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000)
    return Kind.Space;
  if (code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff)
    return Kind.Invisible;
  return Kind.Visible;
}

export function emit(
  raw: string,
  paragraphs: readonly Paragraph[],
): { text: string; offsets: OffsetMap; captions: Span[] } {
  const out = new OffsetBuilder(raw);
  const captions: Span[] = [];
  // Copies are gathered into one run while they are contiguous in the raw text.
  let runStart = -1;
  let runEnd = -1;
  const take = (start: number, end: number) => {
    if (runStart >= 0 && start === runEnd) runEnd = end;
    else {
      if (runStart >= 0) out.copy(runStart, runEnd);
      runStart = start;
      runEnd = end;
    }
  };
  const insert = (text: string) => {
    if (runStart >= 0) out.copy(runStart, runEnd);
    runStart = -1;
    out.insert(text);
  };
  const length = () => out.length + (runStart >= 0 ? runEnd - runStart : 0);
  let previousEnd = -1;
  for (const paragraph of paragraphs) {
    // Clean offset where this paragraph's words begin; -1 until the first word.
    let start = -1;
    // Raw position of a pending space to copy; -1: a space to insert; null: none.
    let pending: number | null = null;
    for (const part of paragraph.parts) {
      if (part === null) {
        pending ??= -1;
        continue;
      }
      let i = part.start;
      while (i < part.end) {
        const code = raw.charCodeAt(i);
        const kind = code > 0x20 && code < 0x7f ? Kind.Visible : kindOf(code);
        if (kind !== Kind.Visible) {
          if (kind === Kind.Space) pending ??= code === 0x20 ? i : -1;
          i++;
          continue;
        }
        let j = i + 1;
        for (; j < part.end; j++) {
          const c = raw.charCodeAt(j);
          if (!(c > 0x20 && c < 0x7f) && kindOf(c) !== Kind.Visible) break;
        }
        if (start < 0) {
          if (length() > 0) {
            if (raw.charCodeAt(previousEnd) === 10) take(previousEnd, previousEnd + 1);
            else insert('\n');
          }
          start = length();
        } else if (pending !== null) {
          if (pending >= 0) take(pending, pending + 1);
          else insert(' ');
        }
        take(i, j);
        pending = null;
        i = j;
      }
    }
    if (start < 0) continue;
    if (paragraph.caption) captions.push({ start, end: length() });
    previousEnd = paragraph.end;
  }
  if (runStart >= 0) out.copy(runStart, runEnd);
  return { ...out.finish(), captions };
}
