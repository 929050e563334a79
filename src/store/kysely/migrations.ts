/**
 * Versioned schema changes, applied in name order on open. Never edit a
 * migration that has shipped: add the next number. Column types are the only
 * dialect difference in this file; the full-text index is the dialect's own
 * (see indexes.ts).
 */
import { type Kysely, sql } from 'kysely';
import type { Migration, MigrationProvider } from 'kysely/migration';
import type { Dialect } from '../store.ts';
import type { DialectIndexes } from './indexes.ts';

function documents(dialect: Dialect): Migration {
  const pg = dialect === 'postgres';
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('documents')
        .addColumn('seq', pg ? 'bigint' : 'integer', (c) =>
          pg ? c.generatedAlwaysAsIdentity().primaryKey() : c.primaryKey(),
        )
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('content_hash', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text')
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('title', 'text')
        // Byte order makes partial dates (`2024`, `2024-03`, `2024-03-05`) sort and compare as text.
        .addColumn('published', 'text', (c) => (pg ? c.modifyEnd(sql`collate "C"`) : c))
        .addColumn('source', 'text')
        .addColumn('url', 'text')
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .addColumn('cluster_id', 'text', (c) => c.notNull())
        .addColumn('text_length', 'integer', (c) => c.notNull())
        .addColumn('signature', pg ? 'bytea' : 'blob', (c) => c.notNull())
        // Heavy columns last (see schema.ts).
        .addColumn('original', pg ? 'bytea' : 'blob', (c) => c.notNull())
        .addColumn('raw', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('offsets', pg ? 'jsonb' : 'text', (c) => c.notNull())
        .addColumn('captions', pg ? 'jsonb' : 'text', (c) => c.notNull())
        .execute();
      // Each filter of list() walks its index in seq order, so pages stay
      // cheap on millions of rows.
      for (const column of ['cluster_id', 'language', 'source', 'format']) {
        await db.schema
          .createIndex(`documents_${column}_idx`)
          .on('documents')
          .columns([column, 'seq'])
          .execute();
      }
      await db.schema.createIndex('documents_published_idx').on('documents').column('published').execute();
    },
  };
}

function bands(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      // The primary key (band, doc_seq) is the lookup index; on SQLite
      // WITHOUT ROWID stores it once instead of beside a rowid table.
      await db.schema
        .createTable('document_bands')
        .addColumn('band', 'bigint', (c) => c.notNull())
        .addColumn('doc_seq', dialect === 'postgres' ? 'bigint' : 'integer', (c) =>
          c.notNull().references('documents.seq'),
        )
        .addPrimaryKeyConstraint('document_bands_pk', ['band', 'doc_seq'])
        .$call((t) => (dialect === 'sqlite' ? t.modifyEnd(sql`without rowid`) : t))
        .execute();
    },
  };
}

function extractions(dialect: Dialect): Migration {
  const pg = dialect === 'postgres';
  return {
    async up(db: Kysely<unknown>) {
      // The primary key serves find(), the foreign key, and documentsNeeding()'s
      // probe for each document; the JSON stays text so both dialects return
      // exactly what was written.
      await db.schema
        .createTable('extractions')
        .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
        .addColumn('extractor', 'text', (c) => c.notNull())
        .addColumn('version', 'text', (c) => c.notNull())
        // Byte order, as for documents.published: the sort key is compared as text.
        .addColumn('version_order', 'text', (c) =>
          pg ? c.notNull().modifyEnd(sql`collate "C"`) : c.notNull(),
        )
        .addColumn('extracted_at', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('extractions_pk', ['document_id', 'extractor'])
        .execute();
      // stream() and count() of one extractor, in document id order.
      await db.schema
        .createIndex('extractions_extractor_idx')
        .on('extractions')
        .columns(['extractor', 'document_id'])
        .execute();
    },
  };
}

/** All migrations of a dialect, by name. */
export function migrationProvider(dialect: Dialect, indexes: DialectIndexes): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '0001_documents': documents(dialect),
    '0002_document_bands': bands(dialect),
    '0003_search': { up: (db) => indexes.createSearchIndex(db) },
    '0004_extractions': extractions(dialect),
  };
  return { getMigrations: async () => migrations };
}
