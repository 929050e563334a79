/** A Store over a Kysely instance: migrations and lifecycle; documents live in documents.ts, extractions in extractions.ts. */
import type { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import type { Dialect, DocumentRepository, ExtractionRepository, Store } from '../store.ts';
import { KyselyDocumentRepository } from './documents.ts';
import { KyselyExtractionRepository } from './extractions.ts';
import type { DialectIndexes } from './indexes.ts';
import { migrationProvider } from './migrations.ts';
import type { Database } from './schema.ts';

export class KyselyStore implements Store {
  readonly dialect: Dialect;
  readonly documents: DocumentRepository;
  readonly extractions: ExtractionRepository;
  readonly #db: Kysely<Database>;
  readonly #migrator: Migrator;

  constructor(dialect: Dialect, db: Kysely<Database>, indexes: DialectIndexes) {
    this.dialect = dialect;
    this.#db = db;
    this.documents = new KyselyDocumentRepository(db, indexes);
    this.extractions = new KyselyExtractionRepository(db);
    this.#migrator = new Migrator({ db, provider: migrationProvider(dialect, indexes) });
  }

  async migrate(): Promise<readonly string[]> {
    const { error, results = [] } = await this.#migrator.migrateToLatest();
    if (error !== undefined) {
      const failed = results.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
      throw new Error(
        `migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`,
        {
          cause: error,
        },
      );
    }
    return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
  }

  async appliedMigrations(): Promise<readonly string[]> {
    const all = await this.#migrator.getMigrations();
    return all.filter((m) => m.executedAt !== undefined).map((m) => m.name);
  }

  close(): Promise<void> {
    return this.#db.destroy();
  }
}
