/** PostgreSQL's full-text index: a tsvector column on documents with a GIN index, ranked by ts_rank. */
import { sql } from 'kysely';
import { toTsQuery } from '../../../core/search/query.ts';
import type { DialectIndexes, FoldedEntry } from '../indexes.ts';

/**
 * A tsvector is capped at 1 MB and positions stop counting at 16,383, so
 * text past this many characters adds little to the index but risk.
 */
const MAX_INDEXED_CHARS = 300_000;

const vector = (entry: FoldedEntry) =>
  sql`setweight(to_tsvector('simple', ${entry.title}), 'A') || to_tsvector('simple', ${entry.text.slice(0, MAX_INDEXED_CHARS)})`;

export const postgresIndexes: DialectIndexes = {
  async createSearchIndex(db) {
    await sql`alter table documents add column search tsvector`.execute(db);
    await sql`create index documents_search_idx on documents using gin (search)`.execute(db);
  },

  // The INSERT computes the tsvector itself: one statement fewer than a separate index write.
  insertColumns: (entry) => ({ search: vector(entry) }),

  async write() {},

  async newestPostings(db, hashes, perKey) {
    // One array parameter and a lateral range per key: PostgreSQL plans a
    // statement every time it runs, and planning a 24-way union cost more
    // than running it.
    const { rows } = await sql<{ doc_seq: string }>`
      select p.doc_seq from unnest(${[...hashes]}::bigint[]) as k(band)
      cross join lateral (
        select doc_seq from document_bands b where b.band = k.band order by doc_seq desc limit ${Math.max(1, Math.floor(perKey))}
      ) p`.execute(db);
    return rows.map((r) => Number(r.doc_seq));
  },

  async search(db, query, limit, offset) {
    const { rows } = await sql<{
      id: string;
      title: string | null;
      published: string | null;
      source: string | null;
      language: string;
      text: string;
      score: number;
    }>`
      with q as (select to_tsquery('simple', ${toTsQuery(query)}) as q),
      hits as (
        select d.seq, ts_rank(d.search, q.q) as score
        from documents d, q where d.search @@ q.q
        order by score desc, d.seq limit ${limit} offset ${offset}
      )
      select d.id, d.title, d.published, d.source, d.language, d.text, hits.score
      from hits join documents d on d.seq = hits.seq
      order by hits.score desc, hits.seq`.execute(db);
    return rows.map((r) => ({ ...r, score: Number(r.score) }));
  },
};
