/**
 * The part of the store that differs in kind between the dialects: the
 * full-text index. Everything else is shared SQL.
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
  /** Writes the search entry once the row exists, inside add()'s transaction. */
  write(trx: Kysely<Database>, seq: number, entry: FoldedEntry): Promise<void>;
  /** Best first, ties by ingest order. */
  search(db: Kysely<Database>, query: SearchQuery, limit: number, offset: number): Promise<SearchRow[]>;
}
