/**
 * `npm run bench [-- ingest extract …]`: benchmarks on a synthetic corpus.
 * Sizes: BENCH_DOCS (text on SQLite), BENCH_HTML_DOCS, BENCH_PG_DOCS.
 * Results print as a table and are written to bench/out/latest.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BATCH_SIZE } from '../src/services/ingest/batch.ts';
import { defaultParallelism } from '../src/services/ingest/prepare-pool.ts';
import { benchIngest } from './ingest.ts';

const wanted = new Set(process.argv.slice(2));
const want = (name: string) => wanted.size === 0 || wanted.has(name);
const n = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const postgresUrl = process.env.COHESION_BENCH_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';

const results: Record<string, unknown> = {
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
};

if (want('ingest')) {
  const rows = [];
  rows.push(await benchIngest('sqlite', 'text', n('BENCH_DOCS', 20_000), postgresUrl));
  rows.push(await benchIngest('sqlite', 'html', n('BENCH_HTML_DOCS', 3_000), postgresUrl));
  try {
    rows.push(await benchIngest('postgres', 'text', n('BENCH_PG_DOCS', 5_000), postgresUrl));
    rows.push(await benchIngest('postgres', 'html', n('BENCH_HTML_DOCS', 3_000), postgresUrl));
  } catch (error) {
    console.error(`PostgreSQL skipped: ${String(error)}`);
  }
  const { workers } = defaultParallelism();
  console.log(
    `\ningest (group commits of ${BATCH_SIZE}, each document in its own savepoint; parsing on ${workers} worker thread${workers === 1 ? '' : 's'})`,
  );
  console.log('backend   format  docs     seconds  docs/s  peak MiB  RSS by quarter (MiB)');
  for (const r of rows) {
    console.log(
      `${r.backend.padEnd(9)} ${r.format.padEnd(7)} ${String(r.documents).padEnd(8)} ${String(r.seconds).padEnd(8)} ${String(r.docsPerSecond).padEnd(7)} ${String(r.peakMiB).padEnd(9)} ${r.quartersMiB.join(' → ')}`,
    );
  }
  results.ingest = rows;
}

if (want('extract')) {
  const { benchExtract } = await import('./extract.ts');
  results.extract = await benchExtract(n('BENCH_EXTRACT_DOCS', 2_000));
}

const out = path.resolve(import.meta.dirname, 'out');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
