/**
 * Runs the contract against PostgreSQL in a fresh schema, dropped afterwards.
 * Skipped when no server answers, except on CI, where that is a failure.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, it } from 'vitest';
import { openStore } from '../../src/store/open.ts';
import { storeContract } from './contract.ts';

const url = process.env.COHESION_TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
const schema = `cohesion_test_${randomBytes(6).toString('hex')}`;

async function reachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

const problem = await reachable();
if (problem !== null && process.env.CI === 'true') {
  throw new Error(`PostgreSQL at ${url} is required on CI but unreachable: ${problem}`);
}

if (problem === null) {
  afterAll(async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`drop schema if exists ${schema} cascade`);
    } finally {
      await client.end();
    }
  });
  storeContract({ name: 'PostgreSQL', open: () => openStore({ kind: 'postgres', url, schema }) });
} else {
  describe.skip(`Store contract: PostgreSQL (unreachable at ${url}: ${problem})`, () => {
    it('needs a server', () => {});
  });
}
