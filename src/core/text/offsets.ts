/**
 * Offset maps between a cleaned text and the raw text it was cleaned from.
 *
 * Segments record verbatim copies: `text.slice(clean, clean + length) ===
 * raw.slice(raw, raw + length)`. A cleaned character outside every segment
 * was inserted by the cleaner (a space that stands for a tab, a space that
 * joins two wrapped lines); it maps to the raw position of its neighbours.
 */
import type { OffsetMap, Span } from '../model/document.ts';

type Segment = readonly [clean: number, raw: number, length: number];

/**
 * Builds a cleaned text piece by piece while recording where each piece came from.
 * @example
 * const b = new OffsetBuilder('a  b'); b.copy(0, 1); b.insert(' '); b.copy(3, 4);
 * b.finish() // { text: 'a b', offsets: { segments: [[0, 0, 1], [2, 3, 1]] } }
 */
export class OffsetBuilder {
  readonly #raw: string;
  readonly #parts: string[] = [];
  readonly #segments: [number, number, number][] = [];
  #length = 0;

  constructor(raw: string) {
    this.#raw = raw;
  }

  /** Length of the text built so far. */
  get length(): number {
    return this.#length;
  }

  /** Appends `raw[start, end)` verbatim; adjacent copies merge into one segment. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    this.#parts.push(this.#raw.slice(start, end));
    const last = this.#segments[this.#segments.length - 1];
    if (last && last[0] + last[2] === this.#length && last[1] + last[2] === start) last[2] += end - start;
    else this.#segments.push([this.#length, start, end - start]);
    this.#length += end - start;
  }

  /** Appends text that is not in the raw input at this place. */
  insert(text: string): void {
    this.#parts.push(text);
    this.#length += text.length;
  }

  finish(): { text: string; offsets: OffsetMap } {
    return { text: this.#parts.join(''), offsets: { segments: this.#segments } };
  }
}

/** Index of the last segment whose clean start is <= offset, or -1. */
function segmentAt(segments: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]![0] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Raw offset of the cleaned character at `offset`. An inserted character maps
 * to the raw position just after the preceding copied text (or to the start of
 * the next copy when nothing precedes it).
 */
export function toRawOffset(offsets: OffsetMap, offset: number): number {
  const { segments } = offsets;
  const i = segmentAt(segments, offset);
  if (i < 0) return segments[0]?.[1] ?? 0;
  const [clean, raw, length] = segments[i]!;
  return offset < clean + length ? raw + (offset - clean) : raw + length;
}

/** True when the cleaned character at `offset` is a verbatim copy of a raw character. */
export function isCopied(offsets: OffsetMap, offset: number): boolean {
  const i = segmentAt(offsets.segments, offset);
  if (i < 0) return false;
  const [clean, , length] = offsets.segments[i]!;
  return offset < clean + length;
}

/**
 * Maps a `[start, end)` span of the cleaned text to the raw text: from the raw
 * position of its first character to just after the raw position of its last.
 * @example toRaw(cleaned.offsets, { start: 0, end: 5 }) // → { start: 12, end: 17 }
 */
export function toRaw(offsets: OffsetMap, span: Span): Span {
  if (span.end <= span.start) {
    const at = toRawOffset(offsets, span.start);
    return { start: at, end: at };
  }
  const start = toRawOffset(offsets, span.start);
  const last = span.end - 1;
  const end = isCopied(offsets, last) ? toRawOffset(offsets, last) + 1 : toRawOffset(offsets, last);
  return end >= start ? { start, end } : { start: end, end: start };
}
