import { describe, expect, it } from 'vitest';
import { StoreConfigError } from '../../src/store/errors.ts';
import { DEFAULT_SQLITE_PATH, storeConfigFromEnv } from '../../src/store/open.ts';

describe('storeConfigFromEnv', () => {
  it('selects PostgreSQL when COHESION_DATABASE_URL is set', () => {
    expect(
      storeConfigFromEnv({ COHESION_DATABASE_URL: 'postgres://u@h/db', COHESION_DB: 'x.db' }, { db: 'y.db' }),
    ).toEqual({ kind: 'postgres', url: 'postgres://u@h/db' });
  });

  it('otherwise picks SQLite at --db, then COHESION_DB, then the default', () => {
    expect(storeConfigFromEnv({ COHESION_DB: 'env.db' }, { db: 'flag.db' })).toEqual({
      kind: 'sqlite',
      path: 'flag.db',
    });
    expect(storeConfigFromEnv({ COHESION_DB: 'env.db' }, {})).toEqual({ kind: 'sqlite', path: 'env.db' });
    expect(storeConfigFromEnv({ COHESION_DATABASE_URL: '' })).toEqual({
      kind: 'sqlite',
      path: DEFAULT_SQLITE_PATH,
    });
  });

  it('refuses a database URL that is not PostgreSQL, naming the variable', () => {
    expect(() => storeConfigFromEnv({ COHESION_DATABASE_URL: 'mysql://h/db' })).toThrow(StoreConfigError);
    expect(() => storeConfigFromEnv({ COHESION_DATABASE_URL: 'mysql://h/db' })).toThrow(
      /COHESION_DATABASE_URL/,
    );
  });
});
