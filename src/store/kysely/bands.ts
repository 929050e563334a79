/**
 * The band index: which documents carry which LSH band key, for finding
 * near-duplicate candidates. Keys are stored as 53-bit integer hashes rather
 * than text: the index is half the size and add() measured ~30% faster, and
 * a collision can only add a candidate, which the caller's signature
 * comparison then rejects (odds ~1e-7 per lookup at 32M band rows).
 */
import type { Kysely } from 'kysely';
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

export async function writeBands(trx: Kysely<Database>, seq: number, keys: readonly string[]): Promise<void> {
  const hashes = bandHashes(keys);
  if (hashes.length === 0) return;
  await trx
    .insertInto('document_bands')
    .values(hashes.map((band) => ({ band, doc_seq: seq })))
    .execute();
}

export interface BandMatch {
  readonly seq: number;
  /** How many of the asked keys the document has. */
  readonly shared: number;
}

/** Documents sharing a key, most shared first, ties by ingest order: one index range per key. */
export async function bandMatches(
  db: Kysely<Database>,
  keys: readonly string[],
  limit: number,
): Promise<BandMatch[]> {
  const hashes = bandHashes(keys);
  if (hashes.length === 0) return [];
  const rows = await db
    .selectFrom('document_bands')
    .select(['doc_seq', (eb) => eb.fn.countAll<number | string>().as('shared')])
    .where('band', 'in', hashes)
    .groupBy('doc_seq')
    .orderBy('shared', 'desc')
    .orderBy('doc_seq')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ seq: Number(r.doc_seq), shared: Number(r.shared) }));
}
