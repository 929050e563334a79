/**
 * The extractions part of the Store contract (see contract.ts). The database
 * is shared with the rest of the suite, so every test names its own extractor
 * with `nonce()` and looks only at its own documents.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/core/model/extraction.ts';
import type { ExtractionStamp, Store } from '../../src/store/store.ts';
import { addOptions, buildDraft, buildExtraction, nonce } from './factory.ts';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const stamp = (
  extractor: string,
  version = 'v1',
  extractedAt = '2025-02-01T00:00:00.000Z',
): ExtractionStamp => ({
  extractor,
  version,
  extractedAt,
});

export function extractionContract(store: () => Store): void {
  const addDoc = async () => (await store().documents.add(buildDraft(), addOptions())).id;
  const put = (id: string, s: ExtractionStamp, overrides: Partial<Extraction> = {}) =>
    store().extractions.put(id, buildExtraction(id, overrides), s);
  const needing = async (extractor: string, version: string, mine: readonly string[], batchSize?: number) =>
    (await collect(store().extractions.documentsNeeding(extractor, version, batchSize))).filter((id) =>
      mine.includes(id),
    );

  describe('extractions', () => {
    it('stores an extraction and finds it with its stamp', async () => {
      const x = nonce('x');
      const id = await addDoc();
      const extraction = buildExtraction(id, {
        commitments: [
          {
            kind: 'target',
            text: 'raise trade to USD 5 billion',
            value: 5e9,
            unit: 'USD',
            deadline: '2030',
            parties: ['LA', 'VN'],
            area: 'economy',
            evidence: { start: 3, end: 9 },
          },
        ],
      });
      await store().extractions.put(id, extraction, stamp(x));
      expect(await store().extractions.find(id, x)).toEqual({
        documentId: id,
        ...stamp(x),
        extraction,
      });
      expect(await store().extractions.find(id, nonce('other'))).toBeUndefined();
      expect(await store().extractions.find('dnope', x)).toBeUndefined();
    });

    it('keeps one extraction per document and extractor: a second put replaces the first', async () => {
      const x = nonce('x');
      const id = await addDoc();
      await put(id, stamp(x, 'v1'));
      await put(id, stamp(x, 'v2', '2025-03-01T00:00:00.000Z'), { persons: ['Tô Lâm'] });
      const found = await store().extractions.find(id, x);
      expect(found?.version).toBe('v2');
      expect(found?.extractedAt).toBe('2025-03-01T00:00:00.000Z');
      expect(found?.extraction.persons).toEqual(['Tô Lâm']);
      expect(await store().extractions.count(x)).toBe(1);
    });

    it('finds the most recent extraction of a document when no extractor is named', async () => {
      const [a, b] = [nonce('a'), nonce('b')];
      const id = await addDoc();
      await put(id, stamp(a, 'v1', '2025-01-02T00:00:00.000Z'));
      await put(id, stamp(b, 'v1', '2025-01-03T00:00:00.000Z'));
      expect((await store().extractions.find(id))?.extractor).toBe(b);
      expect((await store().extractions.find(id, a))?.extractor).toBe(a);
    });

    it('refuses an extraction of a document it does not hold, or one that breaks the schema', async () => {
      const x = nonce('x');
      await expect(put('dnope', stamp(x))).rejects.toThrow();
      const id = await addDoc();
      const bad = { ...buildExtraction(id), doc: { ...buildExtraction(id).doc, language: 'xx' } };
      await expect(store().extractions.put(id, bad as unknown as Extraction, stamp(x))).rejects.toThrow();
      expect(await store().extractions.count(x)).toBe(0);
    });

    it('streams one extractor by document id in batches, optionally only older versions', async () => {
      const x = nonce('x');
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push(await addDoc());
      // Natural order: 0.9 is below 0.10, though not as text.
      const versions = ['0.9.0', '0.10.0', '0.2.1', '0.10.0', '0.10.1'];
      for (const [i, id] of ids.entries()) await put(id, stamp(x, versions[i]));
      await put(ids[0]!, stamp(nonce('other')));

      const all = await collect(store().extractions.stream({ extractor: x, batchSize: 2 }));
      expect(all.map((e) => e.documentId)).toEqual([...ids].sort());
      expect(all.every((e) => e.extractor === x && e.extraction.doc.id === e.documentId)).toBe(true);

      const older = await collect(
        store().extractions.stream({ extractor: x, versionBelow: '0.10.0', batchSize: 1 }),
      );
      expect(older.map((e) => e.version).sort()).toEqual(['0.2.1', '0.9.0']);
      expect(await collect(store().extractions.stream({ extractor: nonce('none') }))).toEqual([]);
    });

    it('lists the documents needing an extraction: new ones and those of another version', async () => {
      const x = nonce('x');
      const ids: string[] = [];
      for (let i = 0; i < 4; i++) ids.push(await addDoc());
      const [a, b, c, d] = ids as [string, string, string, string];
      expect(await needing(x, 'v2', ids, 1)).toEqual(ids); // oldest ingest first, across batches

      await put(a, stamp(x, 'v2'));
      await put(b, stamp(x, 'v1')); // stale
      await put(c, stamp(nonce('other'), 'v2')); // another extractor does not count
      expect(await needing(x, 'v2', ids, 2)).toEqual([b, c, d]);
      expect(await needing(x, 'v1', ids)).toEqual([a, c, d]);

      // Re-running after the work is done finds nothing.
      for (const id of [b, c, d]) await put(id, stamp(x, 'v2'));
      expect(await needing(x, 'v2', ids)).toEqual([]);
    });

    it('can be consumed while extractions are being put', async () => {
      const x = nonce('x');
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push(await addDoc());
      const seen: string[] = [];
      for await (const id of store().extractions.documentsNeeding(x, 'v1', 2)) {
        if (!ids.includes(id)) continue;
        seen.push(id);
        await put(id, stamp(x, 'v1'));
      }
      expect(seen).toEqual(ids);
      expect(await needing(x, 'v1', ids)).toEqual([]);
    });

    it('counts extractions per extractor and version', async () => {
      const x = nonce('x');
      const total = await store().extractions.count();
      for (const [i, version] of ['v1', 'v1', 'v2'].entries()) {
        await put(await addDoc(), stamp(x, version, `2025-01-0${i + 1}T00:00:00.000Z`));
      }
      expect(await store().extractions.count(x)).toBe(3);
      expect(await store().extractions.count(x, 'v1')).toBe(2);
      expect(await store().extractions.count(x, 'v3')).toBe(0);
      expect(await store().extractions.count()).toBe(total + 3);
    });
  });
}
