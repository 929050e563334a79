/**
 * The band index: which documents carry which LSH band key, for finding
 * near-duplicate candidates. Keys are stored as 53-bit integer hashes rather
 * than text: the index is half the size and add() measured ~30% faster, and
 * a collision can only add a candidate, which the caller's signature
 * comparison then rejects (odds ~1e-7 per lookup at 32M band rows).
 */
import type { Kysely } from 'kysely';
import { mostShared } from '../../core/ingest/fingerprint.ts';
import type { CompiledShapes } from './compiled.ts';
import type { DialectIndexes } from './indexes.ts';
import type { Database } from './schema.ts';

/**
 * cyrb53 (public domain): two 32-bit multiplicative hashes mixed into 53 bits,
 * exact as a JavaScript number, SQLite INTEGER and PostgreSQL bigint.
 * Changing it orphans every stored band row: it is part of the schema.
 * @example bandHash('b03:8f2a19c04d77e1b2') // a stable integer below 2^53
 */
export function bandHash(key: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Distinct hashes of the keys (repeated keys, or colliding ones, would break the primary key). */
export const bandHashes = (keys: readonly string[]): number[] => [...new Set(keys.map(bandHash))];

/**
 * Rows per multi-row INSERT. Full statements share one compiled shape (see
 * compiled.ts); 2,048 parameters is far under SQLite's 32,766 and
 * PostgreSQL's 65,535.
 */
const ROWS_PER_INSERT = 1_024;

/**
 * Writes the band rows of several documents in as few statements as
 * possible, sorted by key so that neighbouring rows land on the same B-tree
 * pages. Written a statement per document, the band and search entries took
 * ~0.45 ms a document (FTS5 flushed a segment at every statement after its
 * insert); a statement each per group commit, ~0.1 ms.
 */
export async function writeBands(
  trx: Kysely<Database>,
  shapes: CompiledShapes,
  documents: readonly { readonly seq: number; readonly keys: readonly string[] }[],
): Promise<void> {
  const bands: number[] = [];
  const seqs: number[] = [];
  for (const { seq, keys } of documents) {
    for (const band of bandHashes(keys)) {
      bands.push(band);
      seqs.push(seq);
    }
  }
  const order = Uint32Array.from(bands, (_, i) => i).sort((a, b) => bands[a]! - bands[b]!);
  for (let at = 0; at < order.length; at += ROWS_PER_INSERT) {
    const chunk = order.subarray(at, at + ROWS_PER_INSERT);
    const values: number[] = [];
    for (const i of chunk) values.push(bands[i]!, seqs[i]!);
    await shapes.execute(trx, `insert bands ${chunk.length}`, values, () => {
      const rows = Array.from(chunk, (_, k) => ({ band: values[2 * k]!, doc_seq: values[2 * k + 1]! }));
      return trx.insertInto('document_bands').values(rows).compile();
    });
  }
}

/**
 * How many postings of one key a lookup reads, newest first. Without a cap a
 * lookup reads every document that ever shared a key, and templated text
 * (agency boilerplate, standard openings) gives some keys thousands of
 * postings: on the synthetic corpus the average lookup read 2,550 rows at
 * 20,000 documents and grew with every one added. A real near-duplicate
 * (similarity ≥ 0.6) shares about five of the 24 keys, so it is missed only
 * if every key it shares has this many newer postings; syndicated copies
 * arrive close together, well inside the window. With the cap the average
 * lookup reads ~190 rows at any size.
 */
export const POSTINGS_PER_KEY = 16;

/**
 * Documents sharing a key with `keys`, most shared first, ties newest first,
 * at most `limit`, as `documents.seq`. Reads at most keys × POSTINGS_PER_KEY
 * postings whatever the corpus size (see DialectIndexes.newestPostings) and
 * counts them here: a GROUP BY's temporary B-tree for a few hundred rows
 * cost SQLite more than reading them.
 */
export async function sharingDocuments(
  db: Kysely<Database>,
  indexes: DialectIndexes,
  keys: readonly string[],
  limit: number,
  perKey = POSTINGS_PER_KEY,
): Promise<number[]> {
  const hashes = bandHashes(keys);
  if (hashes.length === 0) return [];
  const shared = new Map<number, number>();
  for (const seq of await indexes.newestPostings(db, hashes, perKey))
    shared.set(seq, (shared.get(seq) ?? 0) + 1);
  return mostShared(
    shared.keys(),
    (seq) => shared.get(seq)!,
    limit,
    (a, b) => a > b,
  );
}
