/**
 * Step 3: each line → blocks of raw pieces with markup taken out: images
 * (their alt text becomes a caption block), lone and table pipes, scraper
 * leftovers (`leftcenterrightdel`), and in Markdown mode the syntax.
 */
import { alternation, MARKERS } from '../data.ts';
import type { CleanMode } from '../parse/types.ts';
import {
  FENCE,
  FRONT_MATTER_FENCE,
  inlineSyntax,
  lineSyntax,
  type Range,
  REFERENCE,
  RULE,
  SETEXT,
  TABLE_SEPARATOR,
} from './markdown-syntax.ts';
import type { Block, BlockKind, Line, Piece } from './types.ts';

const IMAGE = /!\[([^\]\n]*)\]\(([^)\n]*)\)/g;
const IMAGE_TITLE = /\s["']([^"']+)["']\s*$/;
const LONE_PIPE = /(?<=^|\s)\|(?=\s|$)/g;
const TOKENS = new RegExp(alternation(MARKERS.navigation.tokens), 'g');

export function toBlocks(raw: string, lines: readonly Line[], mode: CleanMode): Block[] {
  const blocks: Block[] = [];
  let inFrontMatter = false;
  let inCode = false;
  lines.forEach((line, i) => {
    const text = raw.slice(line.start, line.end);
    const block = (pieces: Piece[], kind: BlockKind, pipeCaption = false): Block => ({
      pieces,
      kind,
      blankBefore: line.blankBefore,
      end: line.end,
      pipeCaption,
    });
    if (mode === 'plain') {
      blocks.push(block([{ start: line.start, end: line.end }], 'text'));
      return;
    }
    const ranges: Range[] = [];
    let kind: BlockKind = 'text';
    if (mode === 'markdown') {
      if (i === 0 && line.start === 0 && FRONT_MATTER_FENCE.test(text)) {
        inFrontMatter = true;
        return;
      }
      if (inFrontMatter) {
        inFrontMatter = !FRONT_MATTER_FENCE.test(text);
        return;
      }
      if (FENCE.test(text)) {
        inCode = !inCode;
        return;
      }
      if (inCode) {
        blocks.push(block([{ start: line.start, end: line.end }], 'code'));
        return;
      }
      const previous = blocks.at(-1);
      if (SETEXT.test(text) && previous?.kind === 'text' && !line.blankBefore) {
        previous.kind = 'heading';
        return;
      }
      if (RULE.test(text) || TABLE_SEPARATOR.test(text) || REFERENCE.test(text)) return;
      const syntax = lineSyntax(text);
      ranges.push(...syntax.ranges, ...inlineSyntax(text));
      kind = syntax.kind;
    }
    const captions: Piece[][] = [];
    if (text.includes('![')) {
      IMAGE.lastIndex = 0;
      for (let m = IMAGE.exec(text); m; m = IMAGE.exec(text)) {
        ranges.push([m.index, m.index + m[0].length]);
        const altStart = line.start + m.index + 2;
        if (m[1]!.trim()) captions.push([{ start: altStart, end: altStart + m[1]!.length }]);
        const title = IMAGE_TITLE.exec(m[2]!);
        if (title) {
          const at = line.start + m.index + 4 + m[1]!.length + title.index + title[0].indexOf(title[1]!);
          captions.push([{ start: at, end: at + title[1]!.length }]);
        }
      }
    }
    let pipeCaption = false;
    if (text.includes('|')) {
      pipeCaption = isPipeCaption(blankOut(text, ranges));
      LONE_PIPE.lastIndex = 0;
      for (let m = LONE_PIPE.exec(text); m; m = LONE_PIPE.exec(text)) ranges.push([m.index, m.index + 1]);
    }
    TOKENS.lastIndex = 0;
    for (let m = TOKENS.exec(text); m; m = TOKENS.exec(text)) ranges.push([m.index, m.index + m[0].length]);
    blocks.push(block(keep(line.start, text.length, ranges), kind, pipeCaption));
    for (const pieces of captions) blocks.push(block(pieces, 'caption'));
  });
  return blocks;
}

/** `| caption |`, `caption |`, `| caption`: one or two pipes at the edges only (a table row has more). */
function isPipeCaption(text: string): boolean {
  const t = text.trim();
  if (t.length < 2) return false;
  const pipes = t.split('|').length - 1;
  if (pipes === 1) return t.endsWith('|') || t.startsWith('|');
  return pipes === 2 && t.startsWith('|') && t.endsWith('|');
}

function blankOut(text: string, ranges: readonly Range[]): string {
  let out = text;
  for (const [s, e] of ranges) out = out.slice(0, s) + ' '.repeat(e - s) + out.slice(e);
  return out;
}

/** The parts of `[0, length)` outside every range, as absolute raw pieces. */
function keep(offset: number, length: number, ranges: Range[]): Piece[] {
  if (ranges.length === 0) return [{ start: offset, end: offset + length }];
  ranges.sort((a, b) => a[0] - b[0]);
  const pieces: Piece[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s > at) pieces.push({ start: offset + at, end: offset + s });
    at = Math.max(at, e);
  }
  if (at < length) pieces.push({ start: offset + at, end: offset + length });
  return pieces;
}
