/** Opening SQLite through better-sqlite3, with the pragmas and statement reuse the store relies on. */
import Database from 'better-sqlite3';
import { Kysely, type SqliteDatabase, SqliteDialect, type SqliteStatement } from 'kysely';
import type { Database as Schema } from '../schema.ts';

const STATEMENT_CACHE_SIZE = 64;

/**
 * Kysely prepares every query it runs; better-sqlite3 statements can be
 * reused, which saves a parse and plan per statement on the add() path.
 * Kysely only calls `prepare` and `close`, so that is all it sees.
 */
class StatementCache implements SqliteDatabase {
  readonly #db: Database.Database;
  readonly #statements = new Map<string, Database.Statement>();

  constructor(db: Database.Database) {
    this.#db = db;
  }

  prepare(text: string): SqliteStatement {
    const cached = this.#statements.get(text);
    // A statement being iterated cannot run again until the iteration ends.
    if (cached !== undefined && !cached.busy) {
      this.#statements.delete(text);
      this.#statements.set(text, cached);
      return cached;
    }
    const statement = this.#db.prepare(text);
    this.#statements.set(text, statement);
    if (this.#statements.size > STATEMENT_CACHE_SIZE) {
      this.#statements.delete(this.#statements.keys().next().value!);
    }
    return statement;
  }

  close(): void {
    this.#statements.clear();
    // Refreshes planner statistics where they went stale, so a wide date
    // filter scans by seq instead of sorting every match (sqlite.org/lang_analyze.html).
    this.#db.pragma('optimize');
    this.#db.close();
  }
}

export function connectSqlite(path: string): Kysely<Schema> {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // In WAL mode NORMAL survives application crashes; only a power loss can
  // drop the last commits, and an ingest can be re-run.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // A CLI ingest and the server may share the file: wait instead of failing.
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536');
  // Checkpoint every 64 MB of WAL instead of every 4 MB: a group commit of
  // an ingest writes several MB (random band and index pages), so the
  // default copied pages back into the database after nearly every commit,
  // and pages dirtied again by the next commits were copied again
  // (measured: ~10% of an ingest's time at 20,000 documents).
  db.pragma('wal_autocheckpoint = 16384');
  return new Kysely<Schema>({ dialect: new SqliteDialect({ database: new StatementCache(db) }) });
}
