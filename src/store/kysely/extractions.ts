/** The ExtractionRepository over Kysely: one implementation for both dialects. */
import type { Kysely, Selectable } from 'kysely';
import { Extraction } from '../../core/model/extraction.ts';
import type {
  ExtractionRepository,
  ExtractionStamp,
  ExtractionStreamQuery,
  StoredExtraction,
} from '../store.ts';
import { clampLimit } from './filters.ts';
import type { Database, ExtractionsTable } from './schema.ts';

const COLUMNS = ['document_id', 'extractor', 'version', 'extracted_at', 'data'] as const;
type Row = Pick<Selectable<ExtractionsTable>, (typeof COLUMNS)[number]>;

/**
 * A text key under which versions sort naturally: every run of digits is
 * zero-padded to 20, so `rules-0.9.0` < `rules-0.10.0` byte for byte.
 * Stored beside the version: changing it needs a migration that rewrites the column.
 * @example versionOrder('rules-0.10.0') === 'rules-00000000000000000000.00000000000000000010.00000000000000000000'
 */
export function versionOrder(version: string): string {
  return version.replace(/\d+/g, (digits) => digits.padStart(20, '0'));
}

export class KyselyExtractionRepository implements ExtractionRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  /** One statement: insert, or replace this extractor's previous extraction of the document. */
  async put(documentId: string, extraction: Extraction, stamp: ExtractionStamp): Promise<void> {
    // Parsed on the way in too: a row that cannot be read back would break every later stream().
    const data = JSON.stringify(Extraction.parse(extraction));
    await this.#db
      .insertInto('extractions')
      .values({
        document_id: documentId,
        extractor: stamp.extractor,
        version: stamp.version,
        version_order: versionOrder(stamp.version),
        extracted_at: stamp.extractedAt,
        data,
      })
      .onConflict((oc) =>
        oc.columns(['document_id', 'extractor']).doUpdateSet((eb) => ({
          version: eb.ref('excluded.version'),
          version_order: eb.ref('excluded.version_order'),
          extracted_at: eb.ref('excluded.extracted_at'),
          data: eb.ref('excluded.data'),
        })),
      )
      .execute();
  }

  async find(documentId: string, extractor?: string): Promise<StoredExtraction | undefined> {
    const row = await this.#db
      .selectFrom('extractions')
      .select(COLUMNS)
      .where('document_id', '=', documentId)
      .$if(extractor !== undefined, (q) => q.where('extractor', '=', extractor!))
      .orderBy('extracted_at', 'desc')
      .orderBy('extractor')
      .limit(1)
      .executeTakeFirst();
    return row === undefined ? undefined : rowToStored(row);
  }

  async *stream(query: ExtractionStreamQuery): AsyncIterable<StoredExtraction> {
    const size = clampLimit(query.batchSize, 200, 5000);
    const below = query.versionBelow === undefined ? undefined : versionOrder(query.versionBelow);
    for (let after: string | undefined; ; ) {
      const rows = await this.#db
        .selectFrom('extractions')
        .select(COLUMNS)
        .where('extractor', '=', query.extractor)
        .$if(below !== undefined, (q) => q.where('version_order', '<', below!))
        .$if(after !== undefined, (q) => q.where('document_id', '>', after!))
        .orderBy('document_id')
        .limit(size)
        .execute();
      for (const row of rows) yield rowToStored(row);
      const last = rows.at(-1);
      if (rows.length < size || last === undefined) return;
      after = last.document_id;
    }
  }

  /**
   * Walks documents by seq and probes the extractions primary key for each,
   * so a batch costs the documents it passes over, not the table size.
   */
  async *documentsNeeding(extractor: string, version: string, batchSize = 200): AsyncIterable<string> {
    const size = clampLimit(batchSize, 200, 5000);
    for (let after = 0; ; ) {
      const rows = await this.#db
        .selectFrom('documents')
        .select(['seq', 'id'])
        .where('seq', '>', after)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('extractions')
                .select('extractions.document_id')
                .whereRef('extractions.document_id', '=', 'documents.id')
                .where('extractions.extractor', '=', extractor)
                .where('extractions.version', '=', version),
            ),
          ),
        )
        .orderBy('seq')
        .limit(size)
        .execute();
      for (const row of rows) yield row.id;
      const last = rows.at(-1);
      if (rows.length < size || last === undefined) return;
      after = Number(last.seq);
    }
  }

  async count(extractor?: string, version?: string): Promise<number> {
    const row = await this.#db
      .selectFrom('extractions')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .$if(extractor !== undefined, (q) => q.where('extractor', '=', extractor!))
      .$if(version !== undefined, (q) => q.where('version', '=', version!))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

/** Stored JSON is a boundary: a row that no longer matches the schema is reported with its key. */
function rowToStored(row: Row): StoredExtraction {
  const parsed = Extraction.safeParse(JSON.parse(row.data));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TypeError(
      `stored extraction of ${row.document_id} by ${row.extractor} is not valid: ` +
        `${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
    );
  }
  return {
    documentId: row.document_id,
    extractor: row.extractor,
    version: row.version,
    extractedAt: row.extracted_at,
    extraction: parsed.data,
  };
}
