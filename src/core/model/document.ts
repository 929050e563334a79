/**
 * The shape of a news document as it moves from the ingest pipeline into the
 * store. Spans are `[start, end)` UTF-16 offsets into `text` (the cleaned
 * text), never copied strings.
 */

export const LANGUAGES = ['en', 'vi', 'lo'] as const;
export type KnownLanguage = (typeof LANGUAGES)[number];
/** `und` (undetermined) when no language could be told. */
export type Language = KnownLanguage | 'und';

export const SOURCE_FORMATS = ['text', 'markdown', 'html', 'json', 'rss', 'atom'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Maps offsets in the cleaned text back to the raw text the cleaner was given.
 * Each segment says: `length` characters starting at `clean` in the cleaned text
 * came from the raw text starting at `raw`. Segments are sorted by `clean` and
 * do not overlap; characters the cleaner inserted (e.g. a normalised space)
 * belong to the segment of their neighbours.
 */
export interface OffsetMap {
  readonly segments: readonly (readonly [clean: number, raw: number, length: number])[];
}

/** Publication date with its precision kept explicit. */
export interface PartialDate {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly value: string;
  readonly precision: 'year' | 'month' | 'day';
}

/** Metadata read out of a document; every field may be missing. */
export interface DocumentMeta {
  readonly title: string | null;
  /** `YYYY-MM-DD` when known to the day, else the most precise partial form, else null. */
  readonly published: string | null;
  /** Agency or outlet as a short code when known (`VNA`, `VNS`, `KPL`, `Xinhua`), else as written. */
  readonly source: string | null;
  readonly url: string | null;
  readonly language: Language;
}

/**
 * One document ready to be stored: the output of the pure ingest pipeline.
 * `raw` is the text the cleaner worked on (for text formats, the decoded file;
 * for HTML, the main content as plain text); `original` is what was received,
 * byte for byte.
 */
export interface DocumentDraft extends DocumentMeta {
  /** Human name of the document where it has one: a file stem, a feed item's guid. */
  readonly name: string | null;
  /** Where it came from: a path, a URL, `stdin`, or `path#3` for the third record of a JSON-lines file. */
  readonly origin: string;
  readonly format: SourceFormat;
  /** sha256 hex of the original bytes: equal bytes are one document. */
  readonly contentHash: string;
  readonly original: Uint8Array;
  readonly raw: string;
  readonly text: string;
  readonly offsets: OffsetMap;
  /** Photo captions: kept in `text` because they carry facts, but marked. */
  readonly captions: readonly Span[];
  /** MinHash signature of the cleaned text's word shingles (see core/ingest/fingerprint). */
  readonly signature: readonly number[];
}

export interface StoredDocument extends DocumentDraft {
  readonly id: string;
  /** ISO timestamp of when the store received it. */
  readonly ingestedAt: string;
  /** Id of the near-duplicate cluster: the id of the first document of the story. */
  readonly clusterId: string;
}

/** A listing row: everything but the heavy fields. */
export type DocumentSummary = Omit<
  StoredDocument,
  'original' | 'raw' | 'text' | 'offsets' | 'signature' | 'captions'
> & {
  readonly length: number;
};

const HASH = /^[0-9a-f]{64}$/;

/**
 * A document's id, derived from its content hash: the same bytes get the same
 * id in every store and every rebuild.
 * @example documentId('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08') === 'd9f86d081884c7d659a2'
 */
export function documentId(contentHash: string): string {
  if (!HASH.test(contentHash))
    throw new TypeError(`content hash must be 64 lower-case hex digits: ${contentHash}`);
  return `d${contentHash.slice(0, 19)}`;
}
