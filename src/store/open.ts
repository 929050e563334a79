/**
 * Where the store lives and how to open it. The CLI and the server call
 * `openStore(storeConfigFromEnv(process.env, flags))`; tests build a config.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { StoreConfigError } from './errors.ts';
import { connectPostgres } from './kysely/postgres/connect.ts';
import { postgresIndexes } from './kysely/postgres/indexes.ts';
import { connectSqlite } from './kysely/sqlite/connect.ts';
import { sqliteIndexes } from './kysely/sqlite/indexes.ts';
import { KyselyStore } from './kysely/store.ts';
import type { Store } from './store.ts';

export const DEFAULT_SQLITE_PATH = './data/cohesion.db';

export const StoreConfig = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sqlite'), path: z.string().min(1) }),
  z.object({
    kind: z.literal('postgres'),
    url: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://'),
    /** Tables go in this schema (created if missing) instead of the server's default search_path. */
    schema: z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case SQL identifier')
      .optional(),
  }),
]);
export type StoreConfig = z.infer<typeof StoreConfig>;

const StoreEnv = z.object({
  COHESION_DATABASE_URL: z.string().trim().optional(),
  COHESION_DB: z.string().trim().optional(),
});

/**
 * `COHESION_DATABASE_URL` (postgres://…) selects PostgreSQL; otherwise SQLite
 * at `--db`, else `COHESION_DB`, else ./data/cohesion.db.
 * @example storeConfigFromEnv(process.env, { db: opts.db })
 */
export function storeConfigFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  flags: { readonly db?: string | undefined } = {},
): StoreConfig {
  const { COHESION_DATABASE_URL: url, COHESION_DB: file } = StoreEnv.parse(env);
  const candidate =
    url !== undefined && url !== ''
      ? { kind: 'postgres', url }
      : { kind: 'sqlite', path: flags.db || file || DEFAULT_SQLITE_PATH };
  const parsed = StoreConfig.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = candidate.kind === 'postgres' ? 'COHESION_DATABASE_URL' : '--db / COHESION_DB';
    throw new StoreConfigError(`${name} ${issue?.message ?? 'is invalid'}`);
  }
  return parsed.data;
}

/**
 * Opens the database and applies pending migrations before returning.
 * @example
 * const store = await openStore({ kind: 'sqlite', path: 'data/cohesion.db' });
 * try { console.log(await store.documents.count()); } finally { await store.close(); }
 */
export async function openStore(config: StoreConfig): Promise<Store> {
  const store =
    config.kind === 'sqlite' ? openSqlite(config.path) : await openPostgres(config.url, config.schema);
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

function openSqlite(file: string): Store {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return new KyselyStore('sqlite', connectSqlite(file), sqliteIndexes);
}

async function openPostgres(url: string, schema: string | undefined): Promise<Store> {
  const connection = connectPostgres(url, schema);
  const store = new KyselyStore('postgres', connection.db, postgresIndexes);
  try {
    await connection.prepare();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
