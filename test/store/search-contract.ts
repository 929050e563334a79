/** The search part of the Store contract (see contract.ts): folding, syntax, snippets, ranking, robustness. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import { addOptions, buildDraft, nonce } from './factory.ts';

export function searchContract(store: () => Store): void {
  const add = async (overrides: Parameters<typeof buildDraft>[0] = {}) => {
    const draft = buildDraft(overrides);
    return { draft, ...(await store().documents.add(draft, addOptions())) };
  };
  const searchIds = async (query: string) => (await store().documents.search(query)).map((h) => h.id);

  describe('search', () => {
    it('folds case, diacritics and đ in both directions', async () => {
      const w = nonce('w');
      const { id } = await add({ text: `Tổng Bí thư Tô Lâm hội đàm với Đặng Thị ${w} tại Đà Nẵng.` });
      const en = await add({
        text: `President THONGLOUN Sisoulith met ${w} in Vientiane.`,
        title: 'Visit',
      });
      expect(await searchIds(`to lam ${w}`)).toEqual([id]);
      expect(await searchIds(`TÔ LÂM ${w}`)).toEqual([id]);
      expect(await searchIds(`dang ${w}`)).toEqual([id]);
      expect(await searchIds(`hoi dam ${w}`)).toEqual([id]);
      expect(await searchIds(`đà nẵng ${w}`)).toEqual([id]);
      expect(await searchIds(`thongloun ${w}`)).toEqual([en.id]);
      expect(await searchIds(`Thongloun ${w.toUpperCase()}`)).toEqual([en.id]);
    });

    it('matches quoted phrases, OR and negation', async () => {
      const w = nonce('w');
      const a = await add({ text: `The prime minister of Laos spoke. ${w}` });
      const b = await add({ text: `The minister spoke to the prime office of Laos. ${w}` });
      expect(await searchIds(`"prime minister" ${w}`)).toEqual([a.id]);
      expect((await searchIds(`prime minister ${w}`)).sort()).toEqual([a.id, b.id].sort());
      expect(await searchIds(`${w} -office`)).toEqual([a.id]);
      expect(await searchIds(`${w} -"prime minister"`)).toEqual([b.id]);
      expect((await searchIds(`${w} nothingsuch OR office OR spoke`)).sort()).toEqual([a.id, b.id].sort());
      expect(await searchIds(`-${w}`)).toEqual([]);
    });

    it('matches hyphenated words, decimals and e-mail addresses as written', async () => {
      const w = nonce('w');
      const { id } = await add({ text: `Laos–Vietnam co-operation grew 3.5% (press@kpl.gov.la) ${w}.` });
      for (const q of ['co-operation', '3.5', 'laos–vietnam', 'press@kpl.gov.la']) {
        expect(await searchIds(`${q} ${w}`)).toEqual([id]);
      }
    });

    it('returns hits with metadata, a score and highlighted snippet', async () => {
      const w = nonce('w');
      const filler = 'Lorem ipsum dolor sit amet. '.repeat(20);
      const { id } = await add({
        title: `Hội đàm ${w}`,
        text: `${filler}Tổng Bí thư Tô Lâm hội đàm ${w}. ${filler}`,
        source: 'VNA',
        language: 'vi',
        published: '2024-08-20',
      });
      const [hit] = await store().documents.search(`to lam ${w}`);
      expect(hit).toMatchObject({
        id,
        title: `Hội đàm ${w}`,
        source: 'VNA',
        language: 'vi',
        published: '2024-08-20',
      });
      expect(hit?.score).toBeTypeOf('number');
      const marked = hit?.snippet.highlights.map((s) => hit.snippet.text.slice(s.start, s.end));
      expect(marked).toEqual(['Tô', 'Lâm', w]);
      expect(hit!.snippet.text.length).toBeLessThan(260);
    });

    it('ranks a title match above a passing mention, and pages with limit and offset', async () => {
      const w = nonce('w');
      const body = await add({
        title: 'Other',
        text: `A note that mentions ${w} once among many other words here.`,
      });
      const titled = await add({ title: `${w} ${w}`, text: `All about ${w}: ${w} and ${w} again.` });
      expect(await searchIds(w)).toEqual([titled.id, body.id]);
      expect((await store().documents.search(w, { limit: 1, offset: 1 })).map((h) => h.id)).toEqual([
        body.id,
      ]);
    });

    it('finds a Lao word written between spaces', async () => {
      const w = nonce('w');
      const { id } = await add({ text: `ທ່ານ ທອງລຸນ ສີສຸລິດ ${w}`, language: 'lo' });
      expect(await searchIds(`ທອງລຸນ ${w}`)).toEqual([id]);
    });

    it('never fails on punctuation, operators or SQL-looking input', async () => {
      for (const q of [
        '',
        '   ',
        '"',
        '"""',
        '-',
        '--',
        '!!!',
        "'; drop table documents; --",
        'a:*',
        'NOT',
        'OR',
        '()',
      ]) {
        await expect(store().documents.search(q)).resolves.toBeInstanceOf(Array);
      }
      expect(await store().documents.search('?!.,;')).toEqual([]);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 40 }),
            fc.string({ unit: fc.constantFrom(...'"\'-*:()!&|<>\\ ORNTa\u0000đ'), maxLength: 30 }),
          ),
          async (q) => {
            await store().documents.search(q);
          },
        ),
        { numRuns: 300 },
      );
      expect(await store().documents.count()).toBeGreaterThan(0);
    });
  });
}
