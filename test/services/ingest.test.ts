/**
 * The ingest service with its parsing on a worker thread must report and
 * store exactly what it does on the calling thread: the same outcomes in the
 * same order, bad inputs included, near-duplicates linked.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticArticles } from '../../bench/synthetic/generate.ts';
import {
  type IngestSummary,
  type ItemOutcome,
  ingest,
  type PrepareParallelism,
} from '../../src/services/ingest/index.ts';
import { expandInputs, type SourceEntry } from '../../src/sources/sources.ts';
import { openStore } from '../../src/store/open.ts';

const SAMPLES = path.resolve(import.meta.dirname, '../../samples/articles');
const dir = mkdtempSync(path.join(tmpdir(), 'cohesion-ingest-service-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Samples, then bad inputs, then synthetic articles; a pause lets a worker finish loading. */
async function* mixed(): AsyncGenerator<SourceEntry> {
  yield* expandInputs([SAMPLES]);
  await sleep(1_500);
  const bytes = (text: string) => new TextEncoder().encode(text);
  const item = (name: string, data: Uint8Array) => ({
    item: { origin: `mem/${name}`, name, format: 'text' as const, read: async () => data },
  });
  yield item('binary.txt', Uint8Array.from([0x89, 0x50, 0, 0, 1, 2, 0, 0, 255, 0]));
  yield { failure: { origin: 'mem/missing.txt', problem: { code: 'NOT_FOUND', message: 'no such file' } } };
  for (const article of syntheticArticles({ count: 150, seed: 3 }))
    yield item(article.name, bytes(article.text));
  yield item('empty.txt', bytes(''));
  yield item('again.txt', bytes('Vientiane (KPL) – The two ministers met on Monday to review trade.'));
  yield item('again-copy.txt', bytes('Vientiane (KPL) – The two ministers met on Monday to review trade.'));
}

async function run(name: string, parallelism: PrepareParallelism) {
  const store = await openStore({ kind: 'sqlite', path: path.join(dir, `${name}.db`) });
  const outcomes: ItemOutcome[] = [];
  try {
    const summary = await ingest(
      mixed(),
      { store, fetcher: () => Promise.reject(new Error('no network in tests')) },
      { parallelism, onItem: (o) => outcomes.push(o) },
    );
    return { summary, outcomes, count: await store.documents.count() };
  } finally {
    await store.close();
  }
}

describe('ingest service', () => {
  it('gives the same outcomes, in order, with parsing on a worker as on the calling thread', async () => {
    const here = await run('here', { workers: 0, after: 0 });
    const worker = await run('worker', { workers: 1, after: 0 });
    expect(worker.outcomes).toEqual(here.outcomes);
    expect(worker.count).toBe(here.count);
    const { failures, ...counts } = worker.summary satisfies IngestSummary;
    expect(counts).toEqual({ added: here.count, duplicates: 1, nearDuplicates: 1, failed: 3 });
    expect(failures.map((f) => [path.basename(f.origin), f.problem?.code])).toEqual([
      ['binary.txt', 'BINARY_FILE'],
      ['missing.txt', 'NOT_FOUND'],
      ['empty.txt', 'EMPTY_AFTER_CLEANING'],
    ]);
    // The syndicated copy of the trade story joins the agency's cluster.
    const trade = worker.outcomes.filter((o) => path.basename(o.origin).startsWith('trade-2025'));
    expect(trade.map((o) => o.status).sort()).toEqual(['added', 'near-duplicate']);
    expect(new Set(trade.map((o) => o.clusterId)).size).toBe(1);
  });
});
