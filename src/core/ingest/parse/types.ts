/** What the parsers hand to the rest of the pipeline. */
import type { DocumentMeta, SourceFormat, Span } from '../../model/document.ts';
import type { Problem } from '../../model/result.ts';
import type { ByteSlicer } from '../decode/index.ts';
import type { IngestInput } from '../types.ts';

/**
 * How the cleaner reads a record's raw text: `text` (scraped plain text,
 * wrapped lines joined), `markdown` (syntax stripped too), `plain` (already
 * one block a line, as HTML and feed content come out of the DOM).
 */
export type CleanMode = 'text' | 'markdown' | 'plain';

export interface ParseSource {
  readonly input: IngestInput;
  readonly format: SourceFormat;
  /** The decoded NFC text of the whole input. */
  readonly text: string;
  readonly slice: ByteSlicer;
}

/** One document's raw text and what the container said about it. */
export interface ParsedRecord {
  readonly kind: 'record';
  readonly origin: string;
  readonly name: string | null;
  readonly format: SourceFormat;
  readonly original: Uint8Array;
  readonly raw: string;
  readonly mode: CleanMode;
  /** Raw spans known to be captions (HTML `<figcaption>`). */
  readonly captionHints: readonly Span[];
  /** Stated by the container (a JSON field, a feed item, `og:title`); wins over what the text shows. */
  readonly meta: Partial<DocumentMeta>;
  /** Hints that lose to the text (`og:site_name` when a dateline names the agency, `<html lang>`). */
  readonly fallback: Partial<DocumentMeta>;
  /** True when `meta` belongs to this record of a multi-record input: it then also wins over `input.meta`. */
  readonly perRecord: boolean;
}

export type ParsedItem =
  | ParsedRecord
  | { readonly kind: 'problem'; readonly origin: string; readonly problem: Problem }
  | {
      readonly kind: 'fetch';
      readonly origin: string;
      readonly url: string;
      readonly meta: Partial<DocumentMeta>;
      readonly fallback: IngestInput;
    };

export type Parser = (source: ParseSource) => ParsedItem[];

/** Drops undefined and null fields, so that `exactOptionalPropertyTypes` holds and merging skips them. */
export function defined(
  meta: { [K in keyof DocumentMeta]?: DocumentMeta[K] | null | undefined },
): Partial<DocumentMeta> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(meta))
    if (value !== undefined && value !== null && value !== '') out[key] = value;
  return out as Partial<DocumentMeta>;
}
