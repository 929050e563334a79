/**
 * extractStored over a real SQLite store holding the project's samples. The
 * tests run in order on one store: first extraction, re-run, new version,
 * force, failures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Extractor, ruleExtractor } from '../../src/core/extract/index.ts';
import { Extraction } from '../../src/core/model/extraction.ts';
import { loadKnowledgeBase } from '../../src/kb/index.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { extractStored } from '../../src/services/extract.ts';
import { summarizeExtractions } from '../../src/services/extraction-summary.ts';
import { ingest } from '../../src/services/ingest/index.ts';
import type { Fetcher } from '../../src/sources/fetch.ts';
import { expandInputs } from '../../src/sources/sources.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store, StoredExtraction } from '../../src/store/store.ts';
import { ROOT } from '../support/shared.ts';

const SAMPLES = path.join(ROOT, 'samples/articles');
const dir = mkdtempSync(path.join(tmpdir(), 'cohesion-extract-'));
const offline: Fetcher = async (url) => {
  throw new Error(`tests do not fetch ${url}`);
};
const clock = fixedClock('2025-06-01T12:00:00.000Z');

/** Same name as the rules, another version, and cheap: an empty reading of each document. */
const nextRules = (version: string, fail?: (id: string) => boolean): Extractor => ({
  name: 'rules',
  version,
  extract(input) {
    if (fail?.(input.id)) throw new Error(`cannot read ${input.id}`);
    const { id, title, published, source, language } = input;
    return {
      doc: { id, title, published, source, language },
      events: [],
      figures: [],
      commitments: [],
      persons: [],
      flags: [],
    };
  },
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('extractStored (SQLite, samples/articles)', () => {
  let store: Store;
  let documents: number;
  const rules = ruleExtractor(loadKnowledgeBase());

  beforeAll(async () => {
    store = await openStore({ kind: 'sqlite', path: path.join(dir, 'extract.db') });
    const ingested = await ingest(expandInputs([SAMPLES]), { store, fetcher: offline, clock });
    expect(ingested.failed).toBe(0);
    documents = await store.documents.count();
    expect(documents).toBeGreaterThan(15);
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('extracts every stored document once and stores the result', { timeout: 60_000 }, async () => {
    const seen: string[] = [];
    const summary = await extractStored(store, rules, { clock, onItem: (o) => seen.push(o.documentId) });
    expect(summary).toEqual({
      extractor: 'rules',
      version: rules.version,
      extracted: documents,
      skipped: 0,
      failed: 0,
      failures: [],
    });
    expect(new Set(seen).size).toBe(documents);
    expect(await store.extractions.count('rules', rules.version)).toBe(documents);
  });

  it('stores valid extractions keyed by store id, with evidence inside the document text', async () => {
    const stored: StoredExtraction[] = await collect(store.extractions.stream({ extractor: 'rules' }));
    expect(stored).toHaveLength(documents);
    let spans = 0;
    for (const { documentId, extraction, extractedAt } of stored) {
      expect(Extraction.safeParse(extraction).success).toBe(true);
      expect(extraction.doc.id).toBe(documentId);
      expect(extractedAt).toBe('2025-06-01T12:00:00.000Z');
      const { text } = await store.documents.findOrThrow(documentId);
      const items = [
        ...extraction.events,
        ...extraction.figures,
        ...extraction.commitments,
        ...extraction.flags,
      ];
      for (const { evidence } of items) {
        if (evidence === undefined) continue;
        spans++;
        expect(evidence.start).toBeLessThan(evidence.end);
        expect(evidence.end).toBeLessThanOrEqual(text.length);
      }
    }
    expect(spans).toBeGreaterThan(50);
    const totals = await summarizeExtractions(store, 'rules');
    expect(totals.documents).toBe(documents);
    expect(totals.events).toBeGreaterThan(10);
    for (const conflict of totals.conflicts) expect(conflict.sentence.length).toBeGreaterThan(0);
  });

  it('has nothing to do when run again', async () => {
    const summary = await extractStored(store, rules, { clock });
    expect(summary).toMatchObject({ extracted: 0, skipped: documents, failed: 0 });
  });

  it('re-extracts everything when the extractor version changes, replacing the old extractions', async () => {
    const summary = await extractStored(store, nextRules('rules-9.0.0'), { clock });
    expect(summary).toMatchObject({ version: 'rules-9.0.0', extracted: documents, skipped: 0, failed: 0 });
    expect(await store.extractions.count('rules')).toBe(documents);
    expect(await store.extractions.count('rules', 'rules-9.0.0')).toBe(documents);
    expect(await store.extractions.count('rules', rules.version)).toBe(0);
    expect(await extractStored(store, nextRules('rules-9.0.0'), { clock })).toMatchObject({ extracted: 0 });
  });

  it('re-extracts up-to-date documents too when forced', async () => {
    const summary = await extractStored(store, nextRules('rules-9.0.0'), { clock, force: true });
    expect(summary).toMatchObject({ extracted: documents, skipped: 0, failed: 0 });
  });

  it('reports a document the extractor fails on, extracts the rest, and retries it next time', async () => {
    const [victim] = await collect(store.extractions.documentsNeeding('rules', 'rules-9.1.0', 1));
    const failing = nextRules('rules-9.1.0', (id) => id === victim);
    const summary = await extractStored(store, failing, { clock });
    expect(summary).toMatchObject({ extracted: documents - 1, failed: 1 });
    expect(summary.failures).toEqual([
      { documentId: victim, problem: { code: 'EXTRACT_FAILED', message: `cannot read ${victim}` } },
    ]);
    const retry = await extractStored(store, nextRules('rules-9.1.0'), { clock });
    expect(retry).toMatchObject({ extracted: 1, skipped: documents - 1, failed: 0 });
  });
});
