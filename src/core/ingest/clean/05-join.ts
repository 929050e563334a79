/**
 * Step 5: blocks → paragraphs. Markdown joins the lines of a paragraph.
 * Scraped text joins a line that runs on into the next: the next starts in
 * lower case, or the whole text is hard-wrapped agency copy (many lines of
 * wrap width without closing punctuation). HTML-derived text (`plain`) is
 * already one paragraph a line.
 */
import type { CleanMode } from '../parse/types.ts';
import type { Block, Paragraph, Piece } from './types.ts';

const CLOSED = /[.!?:;…"”’)»|/]/u;
const STARTS_LOWER = /\p{Ll}/u;
/** Lines of a hard-wrapped text are about this long. */
const WRAP_MIN = 40;
const WRAP_MAX = 90;
/** A text is hard-wrapped when at least this many lines, and this share of them, look wrapped. */
const WRAPPED_LINES = 5;
const WRAPPED_SHARE = 0.3;

interface Edge {
  readonly first: string;
  readonly last: string;
  readonly length: number;
}

export function joinWrapped(raw: string, blocks: readonly Block[], mode: CleanMode): Paragraph[] {
  const edges = blocks.map((b) => edgeOf(raw, b));
  const hardWrapped = mode === 'text' && isHardWrapped(blocks, edges);
  const paragraphs: Paragraph[] = [];
  let parts: (Piece | null)[] = [];
  let current: Block | undefined;
  let lastEdge: Edge | undefined;
  const flush = () => {
    if (current) paragraphs.push({ parts, caption: current.kind === 'caption', end: current.end });
  };
  blocks.forEach((block, i) => {
    const edge = edges[i]!;
    if (current && lastEdge && continues(current, lastEdge, block, edge, mode, hardWrapped)) {
      parts.push(null, ...block.pieces);
      current = { ...block, kind: current.kind };
    } else {
      flush();
      parts = [...block.pieces];
      current = block;
    }
    lastEdge = edge;
  });
  flush();
  return paragraphs;
}

function continues(
  previous: Block,
  before: Edge,
  next: Block,
  after: Edge,
  mode: CleanMode,
  hardWrapped: boolean,
): boolean {
  if (mode === 'plain' || next.blankBefore) return false;
  if (mode === 'markdown') {
    if (next.kind === 'quote') return previous.kind === 'quote';
    return next.kind === 'text' && (previous.kind === 'text' || previous.kind === 'item');
  }
  if (next.kind !== 'text') return false;
  if (previous.kind !== 'text' || CLOSED.test(before.last)) return false;
  return (
    STARTS_LOWER.test(after.first) || (hardWrapped && before.length >= WRAP_MIN && before.length <= WRAP_MAX)
  );
}

function isHardWrapped(blocks: readonly Block[], edges: readonly Edge[]): boolean {
  let wrapped = 0;
  let lines = 0;
  blocks.forEach((b, i) => {
    if (b.kind !== 'text') return;
    lines++;
    const e = edges[i]!;
    if (e.length >= WRAP_MIN && e.length <= WRAP_MAX && !CLOSED.test(e.last)) wrapped++;
  });
  return wrapped >= WRAPPED_LINES && wrapped / Math.max(1, lines) >= WRAPPED_SHARE;
}

function edgeOf(raw: string, block: Block): Edge {
  const first = block.pieces[0];
  const last = block.pieces.at(-1);
  if (!first || !last) return { first: '', last: '', length: 0 };
  const text = raw.slice(first.start, last.end).trim();
  return { first: text.charAt(0), last: text.at(-1) ?? '', length: text.length };
}
