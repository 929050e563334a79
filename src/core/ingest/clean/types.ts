/** Shapes passed between the cleaner's steps. All offsets are into the raw text. */

export interface Line {
  start: number;
  /** Exclusive; the `\n` (if any) is at `end`. */
  readonly end: number;
  /** A blank line came before this one (a paragraph break in Markdown and wrapped text). */
  readonly blankBefore: boolean;
}

export interface Piece {
  readonly start: number;
  readonly end: number;
}

/** `row`: a Markdown table row; `quote`: a Markdown block quote line. */
export type BlockKind = 'text' | 'caption' | 'heading' | 'item' | 'quote' | 'row' | 'code';

/** What is left of one line once markup is taken out. */
export interface Block {
  readonly pieces: readonly Piece[];
  kind: BlockKind;
  readonly blankBefore: boolean;
  /** Raw end of the line the block came from. */
  readonly end: number;
  /** The line was `| text |` or `text |`: a scraped photo caption. */
  readonly pipeCaption: boolean;
}

/** One output line; `null` parts are the spaces that join wrapped lines. */
export interface Paragraph {
  readonly parts: readonly (Piece | null)[];
  readonly caption: boolean;
  readonly end: number;
}
