/**
 * Ingest throughput: synthetic articles streamed through the real ingest
 * service into a real store (group commits, each document in its own
 * savepoint), generated as they are read so that memory shows what the
 * service holds, not the corpus.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingest } from '../src/services/ingest/index.ts';
import type { SourceEntry } from '../src/sources/sources.ts';
import { openStore } from '../src/store/open.ts';
import type { Store } from '../src/store/store.ts';
import { memoryTrace } from './memory.ts';
import { syntheticArticles } from './synthetic/generate.ts';

export interface IngestBenchResult {
  readonly backend: string;
  readonly format: 'text' | 'html';
  readonly documents: number;
  readonly seconds: number;
  readonly docsPerSecond: number;
  readonly added: number;
  readonly peakMiB: number;
  readonly quartersMiB: number[];
}

async function* entries(
  count: number,
  format: 'text' | 'html',
  onEach: (i: number) => void,
): AsyncGenerator<SourceEntry> {
  const encoder = new TextEncoder();
  let i = 0;
  for (const article of syntheticArticles({ count, format, seed: 7 })) {
    const bytes = encoder.encode(article.text);
    onEach(i++);
    yield {
      item: {
        origin: `synthetic/${article.name}`,
        name: article.name,
        format,
        size: bytes.length,
        read: async () => bytes,
      },
    };
  }
}

export async function benchIngest(
  backend: 'sqlite' | 'postgres',
  format: 'text' | 'html',
  count: number,
  postgresUrl: string,
): Promise<IngestBenchResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cohesion-bench-'));
  const schema = `bench_${process.pid}_${format}`;
  const store: Store =
    backend === 'sqlite'
      ? await openStore({ kind: 'sqlite', path: path.join(dir, 'bench.db') })
      : await openStore({ kind: 'postgres', url: postgresUrl, schema });
  const memory = memoryTrace();
  const started = performance.now();
  const summary = await ingest(
    entries(count, format, (i) => {
      if (i % 200 === 0) memory.sample(i / count);
    }),
    { store, fetcher: () => Promise.reject(new Error('no network in benchmarks')) },
  );
  memory.sample(1);
  const seconds = (performance.now() - started) / 1000;
  if (backend === 'postgres') await dropSchema(postgresUrl, schema);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    backend,
    format,
    documents: count,
    seconds: Number(seconds.toFixed(2)),
    docsPerSecond: Math.round(count / seconds),
    added: summary.added,
    ...memory.report(),
  };
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`drop schema if exists "${schema}" cascade`);
  await client.end();
}
