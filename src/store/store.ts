/**
 * The project's own storage interface. Services depend on this, never on a
 * database driver; SQLite (embedded default) and PostgreSQL implement it and
 * pass one contract suite (test/store/contract.test.ts).
 */
import type {
  DocumentDraft,
  DocumentSummary,
  Language,
  SourceFormat,
  Span,
  StoredDocument,
} from '../core/model/document.ts';
import type { Extraction } from '../core/model/extraction.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface Store {
  readonly dialect: Dialect;
  /** Applies pending versioned migrations; returns the names it applied (empty when up to date). */
  migrate(): Promise<readonly string[]>;
  /** Names of the migrations already applied, oldest first. */
  appliedMigrations(): Promise<readonly string[]>;
  readonly documents: DocumentRepository;
  readonly extractions: ExtractionRepository;
  close(): Promise<void>;
}

export type AddOutcome =
  | { readonly status: 'added'; readonly id: string; readonly clusterId: string }
  /** The same bytes were stored before: nothing was written. */
  | { readonly status: 'duplicate'; readonly id: string; readonly clusterId: string };

export interface AddOptions {
  /** The near-duplicate cluster to join; the document starts its own cluster when omitted. */
  readonly clusterId?: string;
  /** LSH band keys of the signature, stored so later documents can find this one. */
  readonly bands: readonly string[];
  /** Supplied by the caller: the clock lives at the edge. ISO timestamp. */
  readonly ingestedAt: string;
}

export interface AddItem {
  readonly draft: DocumentDraft;
  readonly options: AddOptions;
}

export type AddManyOutcome = AddOutcome | { readonly status: 'failed'; readonly error: Error };

export interface NearDuplicateCandidate {
  readonly id: string;
  readonly clusterId: string;
  readonly signature: readonly number[];
}

export interface DocumentQuery {
  /** Default 50, at most 1000. */
  readonly limit?: number;
  /** Opaque cursor from a previous page's `nextCursor`. */
  readonly cursor?: string;
  readonly language?: Language;
  readonly source?: string;
  readonly format?: SourceFormat;
  /** Inclusive bounds on `published` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  readonly from?: string;
  readonly to?: string;
  readonly clusterId?: string;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  readonly nextCursor: string | null;
}

export interface SearchOptions {
  readonly limit?: number;
  readonly offset?: number;
}

export interface SearchHit {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly language: Language;
  /** Higher is better; comparable only within one result list. */
  readonly score: number;
  /** A window of the cleaned text around the first match, with the matched words as spans into `snippet.text`. */
  readonly snippet: { readonly text: string; readonly highlights: readonly Span[] };
}

export interface StoreStats {
  readonly documents: number;
  readonly clusters: number;
  readonly byLanguage: Readonly<Record<string, number>>;
  readonly bySource: Readonly<Record<string, number>>;
  readonly byFormat: Readonly<Record<string, number>>;
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
}

export interface DocumentRepository {
  /** Inserts the document, its search entry and its band keys in one transaction, unless its content hash is known. */
  add(draft: DocumentDraft, options: AddOptions): Promise<AddOutcome>;
  /**
   * Adds several documents in one commit (group commit: most of an add's cost
   * is the pages a commit writes). Each document is still atomic, in its own
   * savepoint: one that fails is rolled back alone and reported, in order.
   */
  addMany(items: readonly AddItem[]): Promise<readonly AddManyOutcome[]>;
  find(id: string): Promise<StoredDocument | undefined>;
  findOrThrow(id: string): Promise<StoredDocument>;
  findByHash(contentHash: string): Promise<DocumentSummary | undefined>;
  /** Documents sharing at least one band key with the given ones, best first, at most `limit`. */
  nearDuplicateCandidates(
    bands: readonly string[],
    limit?: number,
  ): Promise<readonly NearDuplicateCandidate[]>;
  list(query?: DocumentQuery): Promise<Page<DocumentSummary>>;
  /** Every document, oldest ingest first, fetched in batches: memory stays flat on any corpus size. */
  stream(query?: Omit<DocumentQuery, 'cursor' | 'limit'>, batchSize?: number): AsyncIterable<StoredDocument>;
  cluster(clusterId: string): Promise<readonly DocumentSummary[]>;
  /** Full-text search that folds case and diacritics (đ included): `to lam` finds `Tô Lâm`. */
  search(query: string, options?: SearchOptions): Promise<readonly SearchHit[]>;
  count(): Promise<number>;
  stats(): Promise<StoreStats>;
}

/** Who produced an extraction and when: `extractor` and `version` come from the `Extractor`, the time from the caller's clock. */
export interface ExtractionStamp {
  readonly extractor: string;
  readonly version: string;
  /** ISO timestamp. */
  readonly extractedAt: string;
}

export interface StoredExtraction extends ExtractionStamp {
  readonly documentId: string;
  readonly extraction: Extraction;
}

export interface ExtractionStreamQuery {
  readonly extractor: string;
  /**
   * Only extractions made by an older version than this one. Versions compare
   * in natural order, numbers as numbers: `rules-0.9.0` is below `rules-0.10.0`.
   */
  readonly versionBelow?: string | undefined;
  /** Rows fetched per query; default 200, at most 5000. */
  readonly batchSize?: number;
}

/**
 * What extractors read out of stored documents: one current extraction per
 * document and extractor, replaced when the document is extracted again.
 */
export interface ExtractionRepository {
  /**
   * Stores the extraction, replacing the one this extractor made before (any
   * version). Validates it first; rejects when the document is not stored.
   */
  put(documentId: string, extraction: Extraction, stamp: ExtractionStamp): Promise<void>;
  /** That extractor's extraction of the document; without one, the most recent by any extractor. */
  find(documentId: string, extractor?: string): Promise<StoredExtraction | undefined>;
  /** One extractor's extractions by document id, fetched in batches. */
  stream(query: ExtractionStreamQuery): AsyncIterable<StoredExtraction>;
  /**
   * Ids of the documents that have no extraction by `extractor` at exactly
   * `version` (new documents, and those extracted by another version), oldest
   * ingest first, fetched in batches: safe to consume while putting extractions.
   */
  documentsNeeding(extractor: string, version: string, batchSize?: number): AsyncIterable<string>;
  /** Stored extractions, of one extractor and optionally one exact version. */
  count(extractor?: string, version?: string): Promise<number>;
}

/** Thrown by `findOrThrow`; the CLI and the API map its code to exit status / HTTP 404. */
export class NotFoundError extends Error {
  readonly code = 'NOT_FOUND';
  constructor(what: string, id: string) {
    super(`${what} ${id} was not found`);
  }
}
