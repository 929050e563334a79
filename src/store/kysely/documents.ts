/** The DocumentRepository over Kysely: one implementation for both dialects. */
import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
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
import { sharingDocuments, writeBands } from './bands.ts';
import { CompiledShapes } from './compiled.ts';
import { clampLimit, decodeCursor, encodeCursor, filterConditions, type ListFilters } from './filters.ts';
import type { DialectIndexes, SearchEntry } from './indexes.ts';
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

/** A row just added, with what its search and band entries and later near-duplicate checks need. */
interface Added extends SearchEntry {
  readonly keys: readonly string[];
  readonly candidate: NearDuplicateCandidate;
}

/**
 * Candidates kept in memory (~1 KB each). Lookups read the newest postings
 * of each key, so candidates are mostly recent documents: on the synthetic
 * corpus 95% were among the last 4,096 added, and reading their rows was a
 * sixth of a lookup's time.
 */
const RECENT_CANDIDATES = 4_096;

/** Constant statements, compiled once. */
const SAVEPOINT = CompiledQuery.raw('savepoint add_document');
const RELEASE = CompiledQuery.raw('release savepoint add_document');
const ROLLBACK = CompiledQuery.raw('rollback to savepoint add_document');

export class KyselyDocumentRepository implements DocumentRepository {
  readonly #db: Kysely<Database>;
  readonly #indexes: DialectIndexes;
  readonly #shapes = new CompiledShapes();
  /**
   * What a near-duplicate check needs of the documents most recently added
   * or looked at, by seq. Rows never change once written (no update, and
   * seq is never reused for a committed row), so this can only miss, never
   * be stale; entries are added only after their transaction commits.
   */
  readonly #recent = new Map<number, NearDuplicateCandidate>();

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
    const added: Added[] = [];
    const outcome = await this.#db.transaction().execute(async (trx) => {
      const row = await this.#insertRow(trx, draft, options);
      if (row.added !== undefined) {
        await this.#writeEntries(trx, [row.added]);
        added.push(row.added);
      }
      return row.outcome;
    });
    this.#rememberAll(added);
    return outcome;
  }

  /**
   * Each document's row is inserted in its own savepoint, so a failing one
   * is undone alone; then the search and band entries of all the rows added
   * are written in one statement each. Those shared writes are what made a
   * group commit cheap (see `write` in indexes.ts, `writeBands`); should one
   * fail, the whole transaction is rolled back and the batch stored again one
   * document at a time, each with its entries in its own savepoint: a
   * document is always stored whole or not at all.
   */
  async addMany(items: readonly AddItem[]): Promise<readonly AddManyOutcome[]> {
    if (items.length === 0) return [];
    let added: Added[] = [];
    let outcomes: AddManyOutcome[];
    try {
      outcomes = await this.#db.transaction().execute(async (trx) => {
        const done = await this.#eachInSavepoint(trx, items, async (item) => {
          const row = await this.#insertRow(trx, item.draft, item.options);
          if (row.added !== undefined) added.push(row.added);
          return row.outcome;
        });
        await this.#writeEntries(trx, added);
        return done;
      });
    } catch {
      added = [];
      outcomes = await this.#db.transaction().execute((trx) =>
        this.#eachInSavepoint(trx, items, async (item) => {
          const row = await this.#insertRow(trx, item.draft, item.options);
          if (row.added !== undefined) {
            await this.#writeEntries(trx, [row.added]);
            added.push(row.added);
          }
          return row.outcome;
        }),
      );
    }
    this.#rememberAll(added);
    return outcomes;
  }

  /** Runs `write` for each item in its own savepoint: a failure undoes that item only, and is reported in its place. */
  async #eachInSavepoint(
    trx: Transaction<Database>,
    items: readonly AddItem[],
    write: (item: AddItem) => Promise<AddOutcome>,
  ): Promise<AddManyOutcome[]> {
    const outcomes: AddManyOutcome[] = [];
    for (const item of items) {
      // One name for all: each is released before the next opens, and a name
      // per document made every batch prepare hundreds of distinct statements,
      // evicting the inserts from the statement cache.
      await trx.executeQuery(SAVEPOINT);
      try {
        outcomes.push(await write(item));
        await trx.executeQuery(RELEASE);
      } catch (error) {
        await trx.executeQuery(ROLLBACK);
        await trx.executeQuery(RELEASE);
        outcomes.push({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
      }
    }
    return outcomes;
  }

  /** The `documents` row alone; what its entries need when it was added. */
  async #insertRow(
    trx: Transaction<Database>,
    draft: DocumentDraft,
    options: AddOptions,
  ): Promise<{ outcome: AddOutcome; added?: Added }> {
    const id = documentId(draft.contentHash);
    const clusterId = options.clusterId ?? id;
    const entry = { title: foldChars(draft.title ?? ''), text: foldChars(draft.text) };
    const row = draftToRow(draft, { id, clusterId, ingestedAt: options.ingestedAt });
    const extra = this.#indexes.insertColumns(entry);
    const insert = () =>
      trx
        .insertInto('documents')
        .values({ ...row, ...extra })
        .onConflict((oc) => oc.column('content_hash').doNothing())
        .returning('seq');
    // PostgreSQL's insert carries an expression (its tsvector), which has no
    // fixed parameter list: it is built each time, a small cost beside its round trip.
    const inserted =
      Object.keys(extra).length === 0
        ? (await this.#shapes.execute(trx, 'insert document', Object.values(row), () => insert().compile()))
            .rows[0]
        : await insert().executeTakeFirst();
    if (inserted === undefined) {
      const existing = await trx
        .selectFrom('documents')
        .select(['id', 'cluster_id'])
        .where('content_hash', '=', draft.contentHash)
        .executeTakeFirstOrThrow();
      return { outcome: { status: 'duplicate', id: existing.id, clusterId: existing.cluster_id } };
    }
    return {
      outcome: { status: 'added', id, clusterId },
      added: {
        seq: Number(inserted.seq),
        entry,
        keys: options.bands,
        candidate: { id, clusterId, signature: draft.signature },
      },
    };
  }

  async #writeEntries(trx: Transaction<Database>, added: readonly Added[]): Promise<void> {
    if (added.length === 0) return;
    await this.#indexes.write(trx, added);
    await writeBands(trx, this.#shapes, added);
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
    const { rows } = await this.#shapes.execute(this.#db, 'document by hash', [contentHash], () =>
      this.#db
        .selectFrom('documents')
        .select(SUMMARY_COLUMNS)
        .where('content_hash', '=', contentHash)
        .compile(),
    );
    const row = rows[0];
    return row === undefined ? undefined : rowToSummary(row);
  }

  async nearDuplicateCandidates(
    bands: readonly string[],
    limit = 20,
  ): Promise<readonly NearDuplicateCandidate[]> {
    const seqs = await sharingDocuments(this.#db, this.#indexes, bands, clampLimit(limit, 20, 1000));
    const missing = seqs.filter((seq) => !this.#recent.has(seq));
    if (missing.length > 0) {
      const { rows } = await this.#shapes.execute(this.#db, `candidates ${missing.length}`, missing, () =>
        this.#db
          .selectFrom('documents')
          .select(['seq', 'id', 'cluster_id', 'signature'])
          .where('seq', 'in', missing)
          .compile(),
      );
      for (const r of rows) {
        this.#remember(Number(r.seq), {
          id: r.id,
          clusterId: r.cluster_id,
          signature: decodeSignature(r.signature),
        });
      }
    }
    return seqs.flatMap((seq) => this.#recent.get(seq) ?? []);
  }

  /** Called once the rows' transaction has committed: a rolled-back seq may be given to another document. */
  #rememberAll(added: readonly Added[]): void {
    for (const a of added) this.#remember(a.seq, a.candidate);
  }

  /** Keeps a candidate for later lookups, forgetting the least recently used beyond RECENT_CANDIDATES. */
  #remember(seq: number, candidate: NearDuplicateCandidate): void {
    this.#recent.delete(seq);
    this.#recent.set(seq, candidate);
    if (this.#recent.size > RECENT_CANDIDATES) this.#recent.delete(this.#recent.keys().next().value!);
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
