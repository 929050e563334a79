/** Opening PostgreSQL through a `pg` pool, optionally confined to one schema. */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../schema.ts';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface PostgresConnection {
  readonly db: Kysely<Database>;
  /** Creates the schema named by the pool's search_path, if any. */
  prepare(): Promise<void>;
}

/**
 * @param schema when given, every connection's search_path is that schema
 * alone, so all tables (migration bookkeeping included) live there: tests
 * use a fresh schema per run.
 */
export function connectPostgres(url: string, schema?: string): PostgresConnection {
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new TypeError(`schema must be a lower-case SQL identifier: ${schema}`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    async prepare() {
      if (schema !== undefined) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
    },
  };
}
