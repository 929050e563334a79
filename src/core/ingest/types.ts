import type { DocumentDraft, DocumentMeta, SourceFormat } from '../model/document.ts';
import type { Result } from '../model/result.ts';

/** What the edge (file system, network, stdin) hands to the pure ingest pipeline. */
export interface IngestInput {
  /** A path, a URL, or `stdin`. */
  readonly origin: string;
  /** A file stem or similar human name; null for stdin. */
  readonly name: string | null;
  readonly bytes: Uint8Array;
  /** From the file extension or the HTTP content type; sniffed from the bytes when absent. */
  readonly format?: SourceFormat;
  /** Metadata already known from outside (a feed item's title and date, an HTTP header). */
  readonly meta?: Partial<DocumentMeta>;
}

export interface IngestLimits {
  /** Inputs larger than this are refused with TOO_LARGE. */
  readonly maxBytes: number;
}

export const DEFAULT_LIMITS: IngestLimits = { maxBytes: 20 * 1024 * 1024 };

/**
 * One input can hold several documents (JSON lines, feeds). Each is either a
 * finished draft, a problem with that record, or a request to fetch a linked
 * page (a feed item that carries only a summary): the caller fetches and calls
 * `prepare` again with the item's metadata.
 */
export type PreparedItem =
  | { readonly kind: 'document'; readonly origin: string; readonly result: Result<DocumentDraft> }
  | {
      readonly kind: 'fetch';
      readonly origin: string;
      readonly url: string;
      readonly meta: Partial<DocumentMeta>;
      /** The summary, used as the document if the fetch fails. */
      readonly fallback: IngestInput;
    };
