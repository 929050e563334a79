/**
 * The parts of the store that differ in kind between the dialects: the
 * full-text index, and how a near-duplicate lookup reads the newest postings
 * of many band keys at once. Everything else is shared SQL.
 *
 * Both full-text indexes hold the same `foldChars` copies of title and text,
 * so they fold identically (đ too, which neither engine folds by itself).
 */
import type { Kysely } from 'kysely';
import type { SearchQuery } from '../../core/search/query.ts';
import type { Database } from './schema.ts';

export interface FoldedEntry {
  readonly title: string;
  readonly text: string;
}

/** A row's search entry: `documents.seq` and the folded copies. */
export interface SearchEntry {
  readonly seq: number;
  readonly entry: FoldedEntry;
}

/** Documents columns a hit needs for display and its snippet. */
export interface SearchRow {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly language: string;
  readonly text: string;
  /** Higher is better. */
  readonly score: number;
}

export interface DialectIndexes {
  /** DDL of migration 0003_search. */
  createSearchIndex(db: Kysely<unknown>): Promise<void>;
  /** Extra `documents` columns the INSERT itself writes (PostgreSQL's tsvector); `{}` when none. */
  insertColumns(entry: FoldedEntry): Record<string, unknown>;
  /**
   * Writes the search entries of rows that now exist, inside the adding
   * transaction: all of a group commit's in one statement, since SQLite's
   * FTS5 flushes its pending entries into a new segment at every statement
   * (and savepoint) that follows a write.
   */
  write(trx: Kysely<Database>, entries: readonly SearchEntry[]): Promise<void>;
  /**
   * `documents.seq` of the newest `perKey` postings of each band hash, in no
   * particular order, a document once per key it has: one bounded index
   * range per key, so the cost does not grow with the corpus.
   */
  newestPostings(db: Kysely<Database>, hashes: readonly number[], perKey: number): Promise<number[]>;
  /** Best first, ties by ingest order. */
  search(db: Kysely<Database>, query: SearchQuery, limit: number, offset: number): Promise<SearchRow[]>;
}
