/**
 * The Store contract: every implementation runs this one suite (see
 * sqlite.test.ts, postgres.test.ts). The database is shared by the whole
 * file, so each test scopes its documents with a fresh `nonce()` source or
 * word, and compares counts before and after rather than absolute totals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDraft, StoredDocument } from '../../src/core/model/document.ts';
import { InvalidQueryError } from '../../src/store/errors.ts';
import { NotFoundError, type Store } from '../../src/store/store.ts';
import { extractionContract } from './extraction-contract.ts';
import { addOptions, buildDraft, nonce } from './factory.ts';
import { searchContract } from './search-contract.ts';

export interface ContractTarget {
  readonly name: string;
  /** Opens the suite's database; called again to test reopening. */
  readonly open: () => Promise<Store>;
}

const MIGRATIONS = ['0001_documents', '0002_document_bands', '0003_search', '0004_extractions'];

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

export function storeContract(target: ContractTarget): void {
  describe(`Store contract: ${target.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await target.open();
    });
    afterAll(async () => {
      await store?.close();
    });

    const add = async (overrides: Parameters<typeof buildDraft>[0] = {}, options = addOptions()) => {
      const draft = buildDraft(overrides);
      const outcome = await store.documents.add(draft, options);
      return { draft, ...outcome };
    };
    const searchIds = async (query: string) => (await store.documents.search(query)).map((h) => h.id);

    describe('migrations', () => {
      it('are applied on open and listed oldest first', async () => {
        expect(await store.appliedMigrations()).toEqual(MIGRATIONS);
      });

      it('are idempotent when the database is opened again', async () => {
        const again = await target.open();
        try {
          expect(await again.migrate()).toEqual([]);
          expect(await again.appliedMigrations()).toEqual(MIGRATIONS);
        } finally {
          await again.close();
        }
      });
    });

    describe('add and find', () => {
      it('stores every field and derives the id from the content hash', async () => {
        const { draft, status, id, clusterId } = await add({ captions: [{ start: 0, end: 8 }] });
        expect(status).toBe('added');
        expect(id).toBe(`d${draft.contentHash.slice(0, 19)}`);
        expect(clusterId).toBe(id);
        const stored = await store.documents.find(id);
        expect(stored).toEqual<StoredDocument>({
          ...draft,
          id,
          clusterId,
          ingestedAt: addOptions().ingestedAt,
        });
        expect(await store.documents.findOrThrow(id)).toEqual(stored);
      });

      it('returns undefined or throws NotFoundError for an unknown id', async () => {
        expect(await store.documents.find('dnope')).toBeUndefined();
        await expect(store.documents.findOrThrow('dnope')).rejects.toBeInstanceOf(NotFoundError);
        await expect(store.documents.findOrThrow('dnope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      });

      it('finds a summary by content hash', async () => {
        const { draft, id } = await add();
        const summary = await store.documents.findByHash(draft.contentHash);
        expect(summary).toMatchObject({ id, contentHash: draft.contentHash, length: draft.text.length });
        expect(summary).not.toHaveProperty('text');
        expect(await store.documents.findByHash('0'.repeat(64))).toBeUndefined();
      });

      it('reports the existing document for known bytes and writes nothing', async () => {
        const band = nonce('band');
        const first = await add();
        const before = await store.documents.count();
        const again = await store.documents.add(
          { ...first.draft, title: 'Changed', text: `changed ${band}` },
          addOptions({ clusterId: 'dother', bands: [band] }),
        );
        expect(again).toEqual({ status: 'duplicate', id: first.id, clusterId: first.clusterId });
        expect(await store.documents.count()).toBe(before);
        expect(await store.documents.nearDuplicateCandidates([band])).toEqual([]);
        expect(await searchIds(band)).toEqual([]);
        expect((await store.documents.findOrThrow(first.id)).title).toBe(first.draft.title);
      });

      it('adds the same bytes once when two adds race', async () => {
        const draft = buildDraft();
        const outcomes = await Promise.all([1, 2, 3].map(() => store.documents.add(draft, addOptions())));
        expect(outcomes.map((o) => o.status).sort()).toEqual(['added', 'duplicate', 'duplicate']);
        expect(new Set(outcomes.map((o) => o.id)).size).toBe(1);
      });

      it('keeps the original bytes exactly, invalid UTF-8 included', async () => {
        const original = Uint8Array.from({ length: 512 }, (_, i) => (i * 7) % 256);
        const { id } = await add({ original, format: 'html' });
        const stored = await store.documents.findOrThrow(id);
        expect(stored.original).toEqual(original);
        expect(Buffer.compare(Buffer.from(stored.original), Buffer.from(original))).toBe(0);
      });

      it('gives back raw text exactly, whether or not it is the decoded original', async () => {
        const text = 'Vientiane, 5 March — talks.';
        const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
        const a = await add({ original: bom, raw: text, text });
        const b = await add({
          original: new TextEncoder().encode(`<p>${text}</p>`),
          raw: text,
          text,
          format: 'html',
        });
        const c = await add({ original: new TextEncoder().encode(`${text}\r\n`), raw: `${text}\n`, text });
        for (const { id, draft } of [a, b, c])
          expect((await store.documents.findOrThrow(id)).raw).toBe(draft.raw);
      });

      it('round-trips Vietnamese and Lao text', async () => {
        const vi = 'Tổng Bí thư Tô Lâm tiếp Đại sứ Lào tại Hà Nội; Đặng Thị Ngọc Thịnh dự.';
        const lo = 'ທ່ານ ທອງລຸນ ສີສຸລິດ ປະທານປະເທດ ສປປ ລາວ ຢ້ຽມຢາມ ຫວຽດນາມ.';
        const a = await add({ text: vi, title: 'Quan hệ Việt – Lào', language: 'vi' });
        const b = await add({ text: lo, title: 'ລາວ–ຫວຽດນາມ', language: 'lo' });
        expect(await store.documents.findOrThrow(a.id)).toMatchObject({
          text: vi,
          title: 'Quan hệ Việt – Lào',
        });
        expect(await store.documents.findOrThrow(b.id)).toMatchObject({ text: lo, raw: lo, language: 'lo' });
      });
    });

    describe('clusters and near duplicates', () => {
      it('joins a cluster through clusterId and lists it in ingest order', async () => {
        const head = await add();
        const member = await add({}, addOptions({ clusterId: head.id }));
        expect(member.clusterId).toBe(head.id);
        expect((await store.documents.cluster(head.id)).map((d) => d.id)).toEqual([head.id, member.id]);
        expect((await store.documents.findOrThrow(member.id)).clusterId).toBe(head.id);
        expect(await store.documents.cluster('dnone')).toEqual([]);
      });

      it('finds candidates by shared band keys, most shared first', async () => {
        const [b1, b2, b3] = [nonce('b'), nonce('b'), nonce('b')];
        const one = await add({ signature: [1, 2, 3] }, addOptions({ bands: [b1] }));
        const two = await add({ signature: [4, 5.5, 2 ** 32 - 1] }, addOptions({ bands: [b1, b2, b2] }));
        await add({}, addOptions({ bands: [nonce('b')] }));
        const candidates = await store.documents.nearDuplicateCandidates([b1, b2, b3]);
        expect(candidates).toEqual([
          { id: two.id, clusterId: two.clusterId, signature: [4, 5.5, 2 ** 32 - 1] },
          { id: one.id, clusterId: one.clusterId, signature: [1, 2, 3] },
        ]);
        expect(await store.documents.nearDuplicateCandidates([b1, b2], 1)).toHaveLength(1);
        expect(await store.documents.nearDuplicateCandidates([])).toEqual([]);
      });
    });

    describe('group commit (addMany)', () => {
      it('stores a batch with its search and band entries, outcomes in order', async () => {
        const word = nonce('w');
        const band = nonce('b');
        const known = await add();
        const drafts = [1, 2, 3].map((i) => buildDraft({ text: `Batch ${i} ${word} ${nonce()}` }));
        const outcomes = await store.documents.addMany([
          ...drafts.map((draft) => ({ draft, options: addOptions({ bands: [band, nonce('b')] }) })),
          { draft: known.draft, options: addOptions({ bands: [band] }) },
          { draft: drafts[0]!, options: addOptions() },
        ]);
        expect(outcomes.map((o) => o.status)).toEqual(['added', 'added', 'added', 'duplicate', 'duplicate']);
        expect(outcomes[3]).toEqual({ status: 'duplicate', id: known.id, clusterId: known.clusterId });
        const ids = outcomes.slice(0, 3).map((o) => (o.status === 'failed' ? '' : o.id));
        expect(new Set(await searchIds(word))).toEqual(new Set(ids));
        const candidates = await store.documents.nearDuplicateCandidates([band]);
        expect(candidates.map((c) => c.id)).toEqual([...ids].reverse());
      });

      it('rolls back a failing document alone, entries included', async () => {
        const word = nonce('w');
        const band = nonce('b');
        const good = buildDraft({ text: `Good ${word}` });
        // Violates NOT NULL on documents.language.
        const bad = { ...buildDraft({ text: `Bad ${word}` }), language: null } as unknown as DocumentDraft;
        const outcomes = await store.documents.addMany([
          { draft: bad, options: addOptions({ bands: [band] }) },
          { draft: good, options: addOptions({ bands: [band] }) },
        ]);
        expect(outcomes.map((o) => o.status)).toEqual(['failed', 'added']);
        expect(outcomes[0]).toMatchObject({ error: expect.any(Error) });
        expect(await store.documents.findByHash(bad.contentHash)).toBeUndefined();
        expect(await searchIds(word)).toHaveLength(1);
        expect(await store.documents.nearDuplicateCandidates([band])).toHaveLength(1);
      });
    });

    describe('list and stream', () => {
      it('pages with an opaque cursor until null', async () => {
        const source = nonce('src');
        const ids: string[] = [];
        for (let i = 0; i < 7; i++) ids.push((await add({ source })).id);
        const seen: string[] = [];
        let cursor: string | undefined;
        for (let pages = 0; pages < 5; pages++) {
          const page = await store.documents.list({ source, limit: 3, ...(cursor ? { cursor } : {}) });
          seen.push(...page.items.map((d) => d.id));
          if (page.nextCursor === null) break;
          cursor = page.nextCursor;
        }
        expect(seen).toEqual(ids);
        expect((await store.documents.list({ source, limit: 7 })).nextCursor).toBeNull();
      });

      it('filters by language, format, cluster and partial publication dates', async () => {
        const source = nonce('src');
        const a = await add({ source, language: 'vi', format: 'html', published: '2023' });
        const b = await add({ source, language: 'lo', published: '2024-02' });
        const c = await add(
          { source, language: 'vi', published: '2024-02-29' },
          addOptions({ clusterId: b.id }),
        );
        const d = await add({ source, published: null });
        const ids = async (q: object) =>
          (await store.documents.list({ source, ...q })).items.map((x) => x.id).sort();
        expect(await ids({})).toEqual([a.id, b.id, c.id, d.id].sort());
        expect(await ids({ language: 'vi' })).toEqual([a.id, c.id].sort());
        expect(await ids({ format: 'html' })).toEqual([a.id]);
        expect(await ids({ clusterId: b.id })).toEqual([b.id, c.id].sort());
        expect(await ids({ from: '2024' })).toEqual([b.id, c.id].sort());
        expect(await ids({ to: '2024-02' })).toEqual([a.id, b.id, c.id].sort());
        expect(await ids({ from: '2024-02-15', to: '2024-12-31' })).toEqual([c.id]);
        expect(await ids({ to: '2023' })).toEqual([a.id]);
      });

      it('refuses a cursor or date it cannot read', async () => {
        await expect(store.documents.list({ cursor: 'not a cursor!' })).rejects.toBeInstanceOf(
          InvalidQueryError,
        );
        await expect(store.documents.list({ from: '5 March' })).rejects.toBeInstanceOf(InvalidQueryError);
      });

      it('streams every matching document in batches, oldest first', async () => {
        const source = nonce('src');
        const ids: string[] = [];
        for (let i = 0; i < 5; i++) ids.push((await add({ source })).id);
        const docs = await collect(store.documents.stream({ source }, 2));
        expect(docs.map((d) => d.id)).toEqual(ids);
        expect(docs[0]?.text).toBeTypeOf('string');
      });
    });

    describe('count and stats', () => {
      it('counts documents, clusters and breakdowns', async () => {
        const source = nonce('src');
        const before = await store.documents.stats();
        const countBefore = await store.documents.count();
        const head = await add({ source, language: 'lo', format: 'markdown', published: '1901-01-01' });
        await add({ source, language: 'lo', published: '2999' }, addOptions({ clusterId: head.id }));
        await add({ source, language: 'en', format: 'markdown', published: null });
        const after = await store.documents.stats();
        expect(await store.documents.count()).toBe(countBefore + 3);
        expect(after.documents).toBe(before.documents + 3);
        expect(after.clusters).toBe(before.clusters + 2);
        expect(after.bySource[source]).toBe(3);
        expect(after.byLanguage.lo).toBe((before.byLanguage.lo ?? 0) + 2);
        expect(after.byFormat.markdown).toBe((before.byFormat.markdown ?? 0) + 2);
        expect(after.firstPublished).toBe('1901-01-01');
        expect(after.lastPublished).toBe('2999');
      });
    });

    searchContract(() => store);
    extractionContract(() => store);
  });
}
