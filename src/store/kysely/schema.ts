/**
 * Table shapes as Kysely sees them. Values are what the drivers hand back, so
 * some are wider than the domain types: `pg` returns bigint as string and
 * jsonb already parsed; rows.ts narrows them. The index tables differ by
 * dialect and are declared beside their code (sqlite/indexes.ts, postgres/indexes.ts).
 *
 * Column order in `documents` matters on SQLite: the small listing columns
 * come first so a listing never walks the overflow pages of the big ones.
 */
import type { ColumnType, Generated } from 'kysely';

type Json = ColumnType<unknown, string, never>;
type Bytes = ColumnType<Uint8Array, Uint8Array, never>;

export interface DocumentsTable {
  seq: Generated<number | string>;
  id: string;
  content_hash: string;
  name: string | null;
  origin: string;
  format: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  language: string;
  ingested_at: string;
  cluster_id: string;
  /** UTF-16 length of `text`, kept so listings need not read the text. */
  text_length: number;
  /** Byte 0 is the encoding (1: uint32, 2: float64), then the values little-endian. Before the big columns: candidate lookups read it without walking their overflow pages. */
  signature: Bytes;
  original: Bytes;
  /** Null when it is exactly the UTF-8 decoding of `original`, as for most plain-text files: one copy fewer. */
  raw: string | null;
  text: string;
  offsets: Json;
  captions: Json;
}

export interface DocumentBandsTable {
  /** bandHash() of an LSH band key. */
  band: number;
  /** documents.seq: an integer join is cheaper than one on the text id. */
  doc_seq: number | string;
}

/** One current extraction per document and extractor (primary key document_id, extractor). */
export interface ExtractionsTable {
  document_id: string;
  extractor: string;
  version: string;
  /** `versionOrder(version)`: compared as bytes it orders versions naturally, for `versionBelow`. */
  version_order: string;
  extracted_at: string;
  /** The `Extraction` as JSON text (both dialects): validated when read back. */
  data: string;
}

/** The tables every dialect shares; each dialect adds its search tables with `db.withTables<…>()`. */
export interface Database {
  documents: DocumentsTable;
  document_bands: DocumentBandsTable;
  extractions: ExtractionsTable;
}
