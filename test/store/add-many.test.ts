/**
 * addMany's fallback: when a batch's shared search or band write fails, the
 * batch is stored again one document at a time, and only the document whose
 * entries cannot be written fails. SQLite only: the failure is injected
 * through the dialect's index writer, which the contract cannot reach.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { DialectIndexes } from '../../src/store/kysely/indexes.ts';
import { connectSqlite } from '../../src/store/kysely/sqlite/connect.ts';
import { sqliteIndexes } from '../../src/store/kysely/sqlite/indexes.ts';
import { KyselyStore } from '../../src/store/kysely/store.ts';
import { addOptions, buildDraft, nonce } from './factory.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'cohesion-add-many-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Search entries whose title says "poison" cannot be written. */
const poisoned: DialectIndexes = {
  ...sqliteIndexes,
  async write(trx, entries) {
    if (entries.some((e) => e.entry.title.includes('poison')))
      throw new Error('search index refused the entry');
    await sqliteIndexes.write(trx, entries);
  },
};

it('stores the rest of a batch whose shared entry write failed, each document whole', async () => {
  const store = new KyselyStore('sqlite', connectSqlite(path.join(dir, 'a.db')), poisoned);
  try {
    await store.migrate();
    const band = nonce('b');
    const word = nonce('w');
    const drafts = ['one', 'poison', 'three'].map((title) => buildDraft({ title, text: `${title} ${word}` }));
    const outcomes = await store.documents.addMany(
      drafts.map((draft) => ({ draft, options: addOptions({ bands: [band] }) })),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['added', 'failed', 'added']);
    expect(outcomes[1]).toMatchObject({ error: { message: 'search index refused the entry' } });
    expect(await store.documents.count()).toBe(2);
    expect(await store.documents.findByHash(drafts[1]!.contentHash)).toBeUndefined();
    expect((await store.documents.search(word)).map((h) => h.title).sort()).toEqual(['one', 'three']);
    expect(await store.documents.nearDuplicateCandidates([band])).toHaveLength(2);
  } finally {
    await store.close();
  }
});
