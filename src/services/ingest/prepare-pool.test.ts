import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepare } from '../../core/ingest/index.ts';
import { DEFAULT_LIMITS, type IngestInput } from '../../core/ingest/types.ts';
import { formatFromPath } from '../../sources/formats.ts';
import { PreparePool } from './prepare-pool.ts';

const SAMPLES = path.resolve(import.meta.dirname, '../../../samples/articles');

/** Every sample file, feeds and JSON lines included (their records are views into the file's bytes), as plain bytes: a Buffer arrives from a worker as a Uint8Array. */
function samples(): IngestInput[] {
  const files = readdirSync(SAMPLES, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(SAMPLES, f))
    .filter((f) => /\.(txt|md|html|jsonl|xml)$/.test(f))
    .sort();
  return files.map((file) => {
    const format = formatFromPath(file);
    return {
      origin: file,
      name: path.basename(file),
      bytes: new Uint8Array(readFileSync(file)),
      ...(format ? { format } : {}),
    };
  });
}

describe('PreparePool', () => {
  const pool = new PreparePool(DEFAULT_LIMITS, { workers: 1, after: 0 });
  beforeAll(async () => {
    expect(await pool.whenReady()).toBe(1);
  });
  afterAll(() => pool.close());

  it('loads a worker through tsx and prepares there exactly what prepare() gives here', async () => {
    const inputs = samples();
    expect(inputs.length).toBeGreaterThan(15);
    // All handed out first, then collected in order, as the ingest service does.
    const collects = inputs.map((input) => pool.prepare(input));
    const results = [];
    for (const collect of collects) results.push(await collect());
    results.forEach((items, i) => {
      const expected = prepare(inputs[i]!);
      expect(items).toEqual(expected);
      for (const item of items) {
        // Each record travels with its own bytes, not the whole file's.
        if (item.kind === 'document' && item.result.ok) {
          const { original } = item.result.value;
          expect(original.byteLength).toBe(original.buffer.byteLength);
        }
      }
    });
  });

  it('reports a bug in prepare() as a rejection, not a lost input', async () => {
    const broken = { origin: 'broken', name: null, bytes: undefined } as unknown as IngestInput;
    await expect(pool.prepare(broken)()).rejects.toThrow();
    const [again] = samples();
    await expect(pool.prepare(again!)()).resolves.toHaveLength(1);
  });

  it('prepares on the calling thread when told to use no workers', async () => {
    const local = new PreparePool(DEFAULT_LIMITS, { workers: 0, after: 0 });
    expect(await local.whenReady()).toBe(0);
    const [input] = samples();
    expect(await local.prepare(input!)()).toEqual(prepare(input!));
    await local.close();
  });
});
