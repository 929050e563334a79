import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_WORDS,
  MIN_WORDS,
  type SyntheticArticle,
  type SyntheticOptions,
  syntheticArticles,
  writeCorpus,
} from './generate.ts';

const take = (opts: SyntheticOptions): SyntheticArticle[] => [...syntheticArticles(opts)];
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const articleBody = (html: string): string =>
  (html.match(/<div class="article-body">([\s\S]*?)<\/div>/)?.[1] ?? '').replace(/<[^>]+>/g, ' ');

describe('syntheticArticles: determinism', () => {
  it('gives the same output for the same seed, in both formats', () => {
    for (const format of ['text', 'html'] as const) {
      expect(take({ count: 40, seed: 42, format })).toEqual(take({ count: 40, seed: 42, format }));
    }
  });

  it('uses a default seed when none is given', () => {
    expect(take({ count: 5 })).toEqual(take({ count: 5 }));
  });

  it('gives different output for different seeds', () => {
    const a = take({ count: 20, seed: 1 }).map((x) => x.text);
    const b = take({ count: 20, seed: 2 }).map((x) => x.text);
    expect(a.filter((t, i) => t === b[i])).toHaveLength(0);
  });

  it('makes article i independent of count', () => {
    expect(take({ count: 50, seed: 9 }).slice(0, 10)).toEqual(take({ count: 10, seed: 9 }));
  });

  it('never calls Math.random', () => {
    const spy = vi.spyOn(Math, 'random');
    take({ count: 30, seed: 5 });
    take({ count: 10, seed: 5, format: 'html' });
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});

describe('syntheticArticles: counts and names', () => {
  it('yields exactly count articles with unique names', () => {
    expect(take({ count: 0 })).toHaveLength(0);
    const articles = take({ count: 37, seed: 3 });
    expect(articles).toHaveLength(37);
    expect(new Set(articles.map((a) => a.name)).size).toBe(37);
    for (const a of articles) expect(a.name).toMatch(/^synthetic-3-\d{6}\.txt$/);
    for (const a of take({ count: 3, seed: 3, format: 'html' })) expect(a.name).toMatch(/\.html$/);
  });

  it('rejects a negative or fractional count', () => {
    expect(() => take({ count: -1 })).toThrow(RangeError);
    expect(() => take({ count: 1.5 })).toThrow(RangeError);
  });

  it('is lazy: a huge count costs nothing until iterated', () => {
    const it = syntheticArticles({ count: 1e12, seed: 1 });
    const first = it.next();
    expect(first.done).toBe(false);
    expect(first.value?.text.length).toBeGreaterThan(0);
    it.return(undefined);
  });
});

describe('syntheticArticles: shape and variety', () => {
  const corpus = take({ count: 400, seed: 2026 });
  const texts = corpus.map((a) => a.text);
  const all = texts.join('\n');

  it(`keeps every text article between ${MIN_WORDS} and ${MAX_WORDS} words, in paragraphs`, () => {
    for (const t of texts) {
      expect(words(t)).toBeGreaterThanOrEqual(MIN_WORDS);
      expect(words(t)).toBeLessThanOrEqual(MAX_WORDS);
      expect(t.split(/\n\s*\n/).length).toBeGreaterThanOrEqual(5);
    }
  });

  it('produces distinct texts and mostly distinct headlines', () => {
    expect(new Set(texts).size).toBe(texts.length);
    const headlines = new Set(texts.map((t) => t.split('\n')[0]));
    expect(headlines.size).toBeGreaterThan(texts.length * 0.5);
  });

  it('covers every country pair', () => {
    const pairs = { VN: /Vi[eệ]t ?Nam/, LA: /\bLao(s| PDR)\b/, KH: /\bCambodia\b/, TH: /\bThailand\b/ };
    const seen = new Set<string>();
    for (const t of texts) {
      const codes = Object.entries(pairs)
        .filter(([, re]) => re.test(t))
        .map(([code]) => code)
        .sort()
        .join('-');
      seen.add(codes);
    }
    for (const pair of ['LA-VN', 'KH-VN', 'LA-TH', 'KH-LA']) expect(seen).toContain(pair);
  });

  it('covers every event kind', () => {
    const kinds: Record<string, RegExp> = {
      visit: /for (an|a one-day) official visit/,
      talks: /held talks in/,
      meeting: / received [A-Z]/,
      session: /\d+(st|nd|rd|th) session of the/,
      signing: /signed \d cooperation documents/,
      ceremony: /ceremony .* to inaugurate/,
      call: /held a phone call/,
      message: /message of congratulations/,
    };
    for (const [kind, re] of Object.entries(kinds))
      expect(
        texts.some((t) => re.test(t)),
        kind,
      ).toBe(true);
  });

  it('spreads dates over 2010–2026 and writes them in several styles', () => {
    const years = new Set(all.match(/\b20(1\d|2[0-6])\b/g));
    expect(years.size).toBeGreaterThanOrEqual(15);
    const styles = [
      /\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b/,
      /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/,
      /\b\d{2}\/\d{2}\/\d{4}\b/,
      /^ date \d{4}-\d{2}-\d{2}$/m,
      /\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/,
    ];
    for (const re of styles) expect(all, String(re)).toMatch(re);
  });

  it('carries figures and targets in several money styles', () => {
    expect(all).toMatch(/Two-way trade reached/);
    expect(all).toMatch(/target of raising bilateral trade to/);
    expect(all).toMatch(/scholarships/);
    expect(all).toMatch(/investment projects/);
    for (const re of [
      /US\$\d+(\.\d+)? billion/,
      /\d+(\.\d+)? billion USD/,
      /USD \d+(\.\d+)? billion/,
      /\$\d+(\.\d+)?bn/,
    ]) {
      expect(all).toMatch(re);
    }
  });
});

describe('syntheticArticles: html', () => {
  const pages = take({ count: 25, seed: 11, format: 'html' });

  it('wraps the article in a realistic page', () => {
    for (const { text } of pages) {
      expect(text).toMatch(/^<!DOCTYPE html>/);
      expect(text).toMatch(/<meta property="og:title" content="[^"]+">/);
      expect(text).toMatch(/<meta property="article:published_time" content="\d{4}-\d{2}-\d{2}T/);
      expect(text).toContain('<nav');
      expect(text).toContain('<aside class="sidebar">');
      expect(text).toContain('<footer>');
      expect(text).toMatch(/<article>[\s\S]*<figure>[\s\S]*<figcaption>[\s\S]*<\/article>/);
    }
  });

  it('keeps the article body within the word budget', () => {
    for (const { text } of pages) {
      const n = words(articleBody(text));
      expect(n).toBeGreaterThan(MIN_WORDS - 20);
      expect(n).toBeLessThanOrEqual(MAX_WORDS);
    }
  });
});

describe('writeCorpus', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('writes one file per article with the generated text', async () => {
    dir = await mkdtemp(join(tmpdir(), 'cohesion-synthetic-'));
    const opts = { count: 6, seed: 77, format: 'html' } as const;
    const result = await writeCorpus(join(dir, 'nested'), opts);
    const expected = take(opts);
    expect(result.files).toBe(6);
    expect(result.bytes).toBe(expected.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0));
    expect((await readdir(join(dir, 'nested'))).sort()).toEqual(expected.map((a) => a.name).sort());
    for (const a of expected) expect(await readFile(join(dir, 'nested', a.name), 'utf8')).toBe(a.text);
  });
});
