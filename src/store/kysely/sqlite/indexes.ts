/**
 * SQLite's full-text index: an FTS5 table, contentless (content=''): it keeps
 * only the inverted index, not a second copy of the text, since snippets are
 * cut from documents.text by the app. `contentless_delete=1` keeps rows
 * deletable. Rowids are documents.seq.
 */
import { sql } from 'kysely';
import { toFts5Match } from '../../../core/search/query.ts';
import type { DialectIndexes, SearchRow } from '../indexes.ts';

// A type alias, not an interface: withTables<T> needs an index-signature-compatible type.
type FtsTables = {
  documents_fts: { rowid: number; title: string; text: string };
};

export const sqliteIndexes: DialectIndexes = {
  /** unicode61 with remove_diacritics 2 folds what foldChars folds except đ, hence the folded copy. */
  async createSearchIndex(db) {
    await sql`create virtual table documents_fts using fts5(
      title, text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
    )`.execute(db);
  },

  insertColumns: () => ({}),

  async write(trx, seq, entry) {
    await trx
      .withTables<FtsTables>()
      .insertInto('documents_fts')
      .values({ rowid: seq, title: entry.title, text: entry.text })
      .execute();
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
