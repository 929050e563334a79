/**
 * Clean: raw text → readable text, with an offset map back to the raw text
 * and the captions marked. `raw` is the decoded NFC text the cleaner is
 * given (the file for text formats, the DOM's text for HTML and feeds).
 */
import type { OffsetMap, Span } from '../../model/document.ts';
import type { CleanMode } from '../parse/types.ts';
import { splitLines } from './01-split-lines.ts';
import { takeDateLine } from './02-date-line.ts';
import { toBlocks } from './03-markup.ts';
import { classify } from './04-classify.ts';
import { joinWrapped } from './05-join.ts';
import { emit } from './06-emit.ts';

export interface Cleaned {
  readonly text: string;
  readonly offsets: OffsetMap;
  /** Caption paragraphs, `[start, end)` in `text`. */
  readonly captions: readonly Span[];
  /** The value of a leading ` date 2026-02-05` line, taken out of the text. */
  readonly dateLine: string | null;
}

export interface CleanOptions {
  readonly mode: CleanMode;
  /** Raw spans known to be captions. */
  readonly captionHints?: readonly Span[];
}

/**
 * @example clean('Title\n![]() |\n| A photo. |\nBody   text.', { mode: 'text' }).text === 'Title\nA photo.\nBody text.'
 */
export function clean(raw: string, options: CleanOptions): Cleaned {
  // 1. non-blank lines with their raw positions
  const lines = splitLines(raw);
  // 2. a leading ` date …` line is metadata
  const dateLine = takeDateLine(raw, lines);
  // 3. markup out: images (alt text kept as captions), pipes, leftovers, Markdown syntax
  const blocks = toBlocks(raw, lines, options.mode);
  // 4. furniture and repeats dropped, captions marked
  const kept = classify(raw, blocks, options.captionHints ?? []);
  // 5. wrapped lines joined into paragraphs
  const paragraphs = joinWrapped(raw, kept, options.mode);
  // 6. whitespace normalised; text, offsets and caption spans built
  return { ...emit(raw, paragraphs), dateLine };
}
