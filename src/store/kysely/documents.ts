/** The DocumentRepository over Kysely: one implementation for both dialects. */
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DocumentDraft, DocumentSummary, StoredDocument } from '../../core/model/document.ts';
import { highlightWords, parseQuery } from '../../core/search/query.ts';
import { makeSnippet } from '../../core/search/snippet.ts';
import { foldChars } from '../../core/text/fold.ts';
import {
  type AddItem,
  type AddManyOutcome,
  type AddOptions,
  type AddOutcome,
  type DocumentQuery,
  type DocumentRepository,
  type NearDuplicateCandidate,
  NotFoundError,
  type Page,
  type SearchHit,
  type SearchOptions,
  type StoreStats,
} from '../store.ts';
import { bandMatches, writeBands } from './bands.ts';
import { clampLimit, decodeCursor, encodeCursor, filterConditions, type ListFilters } from './filters.ts';
import type { DialectIndexes } from './indexes.ts';
import {
  decodeSignature,
  documentId,
  draftToRow,
  FULL_COLUMNS,
  rowToStored,
  rowToSummary,
  SUMMARY_COLUMNS,
  storedLanguage,
} from './rows.ts';
import type { Database } from './schema.ts';
import { collectStats } from './stats.ts';

export class KyselyDocumentRepository implements DocumentRepository {
  readonly #db: Kysely<Database>;
  readonly #indexes: DialectIndexes;

  constructor(db: Kysely<Database>, indexes: DialectIndexes) {
    this.#db = db;
    this.#indexes = indexes;
  }

  /**
   * At most three statements in one transaction: the row (ON CONFLICT on the
   * content hash does nothing), then the dialect's search and band entries.
   * The conflict path reads back the existing row by its unique hash instead.
   */
  async add(draft: DocumentDraft, options: AddOptions): Promise<AddOutcome> {
    return this.#db.transaction().execute((trx) => this.#insert(trx, draft, options));
  }

  async addMany(items: readonly AddItem[]): Promise<readonly AddManyOutcome[]> {
    if (items.length === 0) return [];
    return this.#db.transaction().execute(async (trx) => {
      const outcomes: AddManyOutcome[] = [];
      for (const [i, item] of items.entries()) {
        // Each document in its own savepoint: a failure undoes that document only.
        const savepoint = sql.raw(`add_${i}`);
        await sql`savepoint ${savepoint}`.execute(trx);
        try {
          outcomes.push(await this.#insert(trx, item.draft, item.options));
          await sql`release savepoint ${savepoint}`.execute(trx);
        } catch (error) {
          await sql`rollback to savepoint ${savepoint}`.execute(trx);
          await sql`release savepoint ${savepoint}`.execute(trx);
          outcomes.push({
            status: 'failed',
            error: error instanceof Error ? error : new Error(String(error)),
          });
        }
      }
      return outcomes;
    });
  }

  async #insert(trx: Transaction<Database>, draft: DocumentDraft, options: AddOptions): Promise<AddOutcome> {
    const id = documentId(draft.contentHash);
    const clusterId = options.clusterId ?? id;
    const entry = { title: foldChars(draft.title ?? ''), text: foldChars(draft.text) };
    const inserted = await trx
      .insertInto('documents')
      .values({
        ...draftToRow(draft, { id, clusterId, ingestedAt: options.ingestedAt }),
        ...this.#indexes.insertColumns(entry),
      })
      .onConflict((oc) => oc.column('content_hash').doNothing())
      .returning('seq')
      .executeTakeFirst();
    if (inserted === undefined) {
      const existing = await trx
        .selectFrom('documents')
        .select(['id', 'cluster_id'])
        .where('content_hash', '=', draft.contentHash)
        .executeTakeFirstOrThrow();
      return { status: 'duplicate', id: existing.id, clusterId: existing.cluster_id };
    }
    const seq = Number(inserted.seq);
    await this.#indexes.write(trx, seq, entry);
    await writeBands(trx, seq, options.bands);
    return { status: 'added', id, clusterId };
  }

  async find(id: string): Promise<StoredDocument | undefined> {
    const row = await this.#db
      .selectFrom('documents')
      .select(FULL_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : rowToStored(row);
  }

  async findOrThrow(id: string): Promise<StoredDocument> {
    const doc = await this.find(id);
    if (doc === undefined) throw new NotFoundError('document', id);
    return doc;
  }

  async findByHash(contentHash: string): Promise<DocumentSummary | undefined> {
    const row = await this.#db
      .selectFrom('documents')
      .select(SUMMARY_COLUMNS)
      .where('content_hash', '=', contentHash)
      .executeTakeFirst();
    return row === undefined ? undefined : rowToSummary(row);
  }

  async nearDuplicateCandidates(
    bands: readonly string[],
    limit = 20,
  ): Promise<readonly NearDuplicateCandidate[]> {
    if (bands.length === 0) return [];
    const matches = await bandMatches(this.#db, bands, clampLimit(limit, 20, 1000));
    if (matches.length === 0) return [];
    const rows = await this.#db
      .selectFrom('documents')
      .select(['seq', 'id', 'cluster_id', 'signature'])
      .where(
        'seq',
        'in',
        matches.map((m) => m.seq),
      )
      .execute();
    const bySeq = new Map(rows.map((r) => [Number(r.seq), r]));
    return matches.flatMap((m) => {
      const r = bySeq.get(m.seq);
      return r === undefined
        ? []
        : [{ id: r.id, clusterId: r.cluster_id, signature: decodeSignature(r.signature) }];
    });
  }

  /** Oldest ingest first. */
  async list(query: DocumentQuery = {}): Promise<Page<DocumentSummary>> {
    const limit = clampLimit(query.limit, 50, 1000);
    const after = query.cursor === undefined ? 0 : decodeCursor(query.cursor);
    const rows = await this.#db
      .selectFrom('documents')
      .select(SUMMARY_COLUMNS)
      .where((eb) => eb.and([eb('seq', '>', after), filterConditions(eb, query)]))
      .orderBy('seq')
      .limit(limit + 1)
      .execute();
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(rowToSummary),
      nextCursor: rows.length > limit && last !== undefined ? encodeCursor(Number(last.seq)) : null,
    };
  }

  async *stream(query: ListFilters = {}, batchSize = 200): AsyncIterable<StoredDocument> {
    const size = clampLimit(batchSize, 200, 5000);
    for (let after = 0; ; ) {
      const rows = await this.#db
        .selectFrom('documents')
        .select(FULL_COLUMNS)
        .where((eb) => eb.and([eb('seq', '>', after), filterConditions(eb, query)]))
        .orderBy('seq')
        .limit(size)
        .execute();
      for (const row of rows) yield rowToStored(row);
      const last = rows.at(-1);
      if (rows.length < size || last === undefined) return;
      after = Number(last.seq);
    }
  }

  async cluster(clusterId: string): Promise<readonly DocumentSummary[]> {
    const rows = await this.#db
      .selectFrom('documents')
      .select(SUMMARY_COLUMNS)
      .where('cluster_id', '=', clusterId)
      .orderBy('seq')
      .execute();
    return rows.map(rowToSummary);
  }

  async search(input: string, options: SearchOptions = {}): Promise<readonly SearchHit[]> {
    const query = parseQuery(input);
    if (query === null) return [];
    const limit = clampLimit(options.limit, 20, 100);
    const offset = Math.max(0, Math.floor(options.offset ?? 0)) || 0;
    const rows = await this.#indexes.search(this.#db, query, limit, offset);
    const words = highlightWords(query);
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      published: r.published,
      source: r.source,
      language: storedLanguage(r.language),
      score: r.score,
      snippet: makeSnippet(r.text, words),
    }));
  }

  async count(): Promise<number> {
    const row = await this.#db
      .selectFrom('documents')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  stats(): Promise<StoreStats> {
    return collectStats(this.#db);
  }
}
