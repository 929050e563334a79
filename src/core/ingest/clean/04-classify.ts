/**
 * Step 4: decide what each block is. Empty and furniture lines (`Latest`,
 * share counters, breadcrumbs) go; a line repeated at once goes too, and
 * the first copy becomes a caption (scrapers print an image's alt text over
 * its caption); pipe captions, caption hints and credit lines are captions.
 */
import type { Span } from '../../model/document.ts';
import { foldKey } from '../../text/fold.ts';
import { MARKERS } from '../data.ts';
import { isCaptionLine } from './caption-lines.ts';
import type { Block } from './types.ts';

const NAV_LINES = new Set(MARKERS.navigation.lines.map(foldKey));
/** Lines longer than every navigation line (plus slack for stray spaces) are never one. */
const LONGEST_NAV_LINE = Math.max(...MARKERS.navigation.lines.map((l) => l.length)) + 8;
const NAV_PREFIXES = MARKERS.navigation.prefixes.map((p) => p.toLowerCase());
const MAX_NAV_LINE = 120;
const MAX_REPEATED_CAPTION = 400;
const HAS_WORD = /[\p{L}\p{N}]/u;
const COUNTER = /^\d{1,9}$/;
const UNTIDY_SPACE = /\s\s|[^\S ]/;

export function classify(raw: string, blocks: readonly Block[], hints: readonly Span[]): Block[] {
  const kept: Block[] = [];
  let previousText = '';
  for (const block of blocks) {
    const text = blockText(raw, block);
    if (!HAS_WORD.test(text) || COUNTER.test(text) || isNavigation(text)) continue;
    const previous = kept.at(-1);
    if (previous && text === previousText) {
      if (previous.kind === 'text' && text.length <= MAX_REPEATED_CAPTION) previous.kind = 'caption';
      continue;
    }
    if (block.kind === 'text' && (block.pipeCaption || inHint(block, hints) || isCaptionLine(text)))
      block.kind = 'caption';
    kept.push(block);
    previousText = text;
  }
  return kept;
}

/** The block's words with whitespace collapsed: what a reader sees. */
export function blockText(raw: string, block: Block): string {
  let out = '';
  for (const piece of block.pieces) out += raw.slice(piece.start, piece.end);
  // Long blocks are paragraphs: only compared for repeats, where spacing hardly varies.
  if (out.length > MAX_REPEATED_CAPTION || !UNTIDY_SPACE.test(out)) return out.trim();
  return out.replace(/\s+/g, ' ').trim();
}

function isNavigation(text: string): boolean {
  if (text.length > MAX_NAV_LINE) return false;
  if (text.length <= LONGEST_NAV_LINE && NAV_LINES.has(foldKey(text))) return true;
  const lower = text.toLowerCase();
  return NAV_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

function inHint(block: Block, hints: readonly Span[]): boolean {
  const first = block.pieces[0];
  const last = block.pieces.at(-1);
  if (!first || !last) return false;
  return hints.some((h) => first.start >= h.start && last.end <= h.end);
}
