/**
 * SQLite's full-text index: an FTS5 table, contentless (content=''): it keeps
 * only the inverted index, not a second copy of the text, since snippets are
 * cut from documents.text by the app. `contentless_delete=1` keeps rows
 * deletable. Rowids are documents.seq.
 */
import { sql } from 'kysely';
import { toFts5Match } from '../../../core/search/query.ts';
import { CompiledShapes } from '../compiled.ts';
import type { DialectIndexes, SearchRow } from '../indexes.ts';

// A type alias, not an interface: withTables<T> needs an index-signature-compatible type.
type FtsTables = {
  documents_fts: { rowid: number; title: string; text: string };
};

/** Rows of one INSERT at most (a group commit's worth), one compiled shape per count (see compiled.ts). */
const ROWS_PER_INSERT = 512;
const shapes = new CompiledShapes();

export const sqliteIndexes: DialectIndexes = {
  /** unicode61 with remove_diacritics 2 folds what foldChars folds except đ, hence the folded copy. */
  async createSearchIndex(db) {
    await sql`create virtual table documents_fts using fts5(
      title, text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
    )`.execute(db);
  },

  insertColumns: () => ({}),

  async write(trx, entries) {
    // One statement for the lot: FTS5 then writes one segment, not one per document.
    for (let at = 0; at < entries.length; at += ROWS_PER_INSERT) {
      const rows = entries.slice(at, at + ROWS_PER_INSERT);
      const values = rows.map(({ seq, entry }) => ({ rowid: seq, title: entry.title, text: entry.text }));
      await shapes.execute(trx, `insert search ${rows.length}`, values.flatMap(Object.values), () =>
        trx.withTables<FtsTables>().insertInto('documents_fts').values(values).compile(),
      );
    }
  },

  async newestPostings(db, hashes, perKey) {
    // A union of one range per key, each a derived table (SQLite allows no
    // LIMIT on a bare compound member), compiled once per key count. The
    // LIMIT is a literal: with a bound parameter SQLite ran each range as a
    // co-routine, 4× slower. The few hundred postings come back as one JSON
    // array: a row object each cost as much as reading them.
    const limit = sql.lit(Math.max(1, Math.floor(perKey)));
    const { rows } = await shapes.execute<{ seqs: string }>(
      db,
      `postings ${hashes.length} ${perKey}`,
      hashes,
      () => {
        const ranges = hashes.map(
          (band) =>
            sql`select doc_seq from (select doc_seq from document_bands where band = ${band} order by doc_seq desc limit ${limit}) k`,
        );
        return sql<{
          seqs: string;
        }>`select json_group_array(doc_seq) as seqs from (${sql.join(ranges, sql` union all `)})`.compile(db);
      },
    );
    return JSON.parse(rows[0]?.seqs ?? '[]') as number[];
  },

  async search(db, query, limit, offset) {
    const fts = db.withTables<FtsTables>();
    // Rank in the FTS table alone, then join the rows kept: sorting every
    // match together with its text would carry megabytes through the sorter.
    const hits = fts
      .selectFrom('documents_fts')
      .select(['rowid', sql<number>`bm25(documents_fts, 4.0, 1.0)`.as('rank')])
      .where(sql<boolean>`documents_fts match ${toFts5Match(query)}`)
      .orderBy('rank')
      .orderBy('rowid')
      .limit(limit)
      .offset(offset);
    const rows = await fts
      .selectFrom(hits.as('h'))
      .innerJoin('documents as d', 'd.seq', 'h.rowid')
      .select(['d.id', 'd.title', 'd.published', 'd.source', 'd.language', 'd.text', 'h.rank'])
      .orderBy('h.rank')
      .orderBy('h.rowid')
      .execute();
    // bm25 is lower-is-better; the interface promises higher-is-better.
    return rows.map(({ rank, ...row }): SearchRow => ({ ...row, score: -rank }));
  },
};
