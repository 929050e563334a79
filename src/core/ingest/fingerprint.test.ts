import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BANDS,
  bandKeys,
  bestNearDuplicate,
  estimateJaccard,
  minhash,
  mostShared,
  NEAR_DUPLICATE_THRESHOLD,
  PERMUTATIONS,
  ROWS,
  SHINGLE_WORDS,
} from './fingerprint.ts';

/** A deterministic pseudo-article: `n` words drawn from a small vocabulary by a seeded generator. */
function article(seed: number, n = 320): string[] {
  const vocabulary =
    'minister talks trade border province cooperation agreement signed hanoi vientiane delegation visit party state government investment railway power hydropower scholarship students port customs bridge road friendship committee session leaders welcomed affirmed proposed support projects'.split(
      ' ',
    );
  const words: string[] = [];
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    words.push(vocabulary[s % vocabulary.length]!);
  }
  return words;
}

const shingles = (words: readonly string[]) => {
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++)
    set.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return set;
};
const jaccard = (a: Set<string>, b: Set<string>) => {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
};
const sharesBand = (a: readonly number[], b: readonly number[]) => {
  const keys = new Set(bandKeys(a));
  return bandKeys(b).some((k) => keys.has(k));
};

describe('minhash', () => {
  it('is deterministic, of fixed length, and ignores case, diacritics and punctuation', () => {
    const a = minhash('Tô Lâm met Thongloun Sisoulith in Vientiane on Thursday.');
    expect(a).toHaveLength(PERMUTATIONS);
    expect(minhash('Tô Lâm met Thongloun Sisoulith in Vientiane on Thursday.')).toEqual(a);
    expect(minhash('TO LAM met thongloun sisoulith, in Vientiane -- on Thursday')).toEqual(a);
    expect(a.every((v) => Number.isInteger(v) && v >= 0 && v <= 0xffffffff)).toBe(true);
  });

  it('gives texts without words a signature that matches nothing', () => {
    expect(estimateJaccard(minhash(''), minhash('...'))).toBe(0);
  });

  it('estimates the Jaccard similarity of 5-shingle sets within sampling error', () => {
    const base = article(7);
    for (const changed of [5, 20, 60, 120]) {
      const other = [...base];
      for (let i = 0; i < changed; i++) other[(i * 37) % other.length] = `new${i}`;
      const exact = jaccard(shingles(base), shingles(other));
      const estimate = estimateJaccard(minhash(base.join(' ')), minhash(other.join(' ')));
      // Standard error is at most 0.5/sqrt(128) ≈ 0.044; allow about three of them.
      expect(Math.abs(estimate - exact)).toBeLessThan(0.13);
    }
  });
});

describe('near-duplicates', () => {
  const story = [
    'Vientiane (KPL) – The governments of Laos and Vietnam signed an agreement on Tuesday to build a new road bridge',
    'over the Mekong tributary that separates the two border provinces, the Lao transport ministry said.',
    'The bridge, about 600 metres long, will be paid for from Vietnamese aid and should open to traffic within three years.',
    'Officials said the crossing would cut the journey between the provincial capitals by almost two hours and help',
    'farmers send rice, coffee and cassava to Vietnamese ports. Work is due to begin after the rainy season ends.',
    'The deputy ministers of the two sides also agreed to speed up customs clearance at the existing border gate,',
    'where lorries now often wait for a whole day, and to open a joint inspection area by the end of next year.',
  ].join(' ');

  it('clusters the same agency story with a new headline, a new credit and a few words changed', () => {
    const base = minhash(`Laos and Vietnam agree on new bridge\n${story}`);
    const variant = minhash(
      `Vietnam to fund Mekong bridge for Laos\n${story
        .replace('Vientiane (KPL) –', 'Hanoi (VNA) –')
        .replace('about 600 metres', 'some 600 metres')
        .replace('whole day', 'full day')}\nSource: VNA`,
    );
    expect(estimateJaccard(base, variant)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    expect(sharesBand(base, variant)).toBe(true);
    expect(bestNearDuplicate(variant, [{ id: 'a', signature: base }])?.id).toBe('a');
  });

  it('keeps two different stories on the same meeting apart', () => {
    const a = minhash(story);
    const b = minhash(
      'Hanoi (VNA) – Vietnam and Laos agreed on Tuesday to raise two-way trade by a fifth next year, the ministers of industry and trade said after their annual meeting. They will cut fees at border gates, promote Lao farm goods in Vietnamese supermarkets and study a joint electricity market. Both sides also reviewed the road bridge project over the Mekong tributary and the customs inspection area.',
    );
    expect(estimateJaccard(a, b)).toBeLessThan(0.2);
    expect(bestNearDuplicate(b, [{ id: 'a', signature: a }])).toBeUndefined();
  });

  it('returns the most similar candidate above the threshold', () => {
    const words = article(3);
    const sig = minhash(words.join(' '));
    const far = minhash(article(99).join(' '));
    const close = [...words];
    close[10] = 'changed';
    const nearer = [...words];
    nearer.push('extra');
    const best = bestNearDuplicate(sig, [
      { id: 'far', signature: far },
      { id: 'close', signature: minhash(close.join(' ')) },
      { id: 'nearer', signature: minhash(nearer.join(' ')) },
    ]);
    expect(best?.id).toBe('nearer');
    expect(bestNearDuplicate(sig, [])).toBeUndefined();
  });
});

describe('bandKeys', () => {
  it('gives one key per band, `bNN:` and 16 hex digits', () => {
    const keys = bandKeys(minhash('some words to hash into a signature here'));
    expect(keys).toHaveLength(BANDS);
    expect(keys[3]).toMatch(/^b03:[0-9a-f]{16}$/);
    expect(BANDS * ROWS).toBeLessThanOrEqual(PERMUTATIONS);
  });

  it('finds ≥ 99% of pairs at the threshold (simulated)', () => {
    // Random signature pairs agreeing at each position with probability NEAR_DUPLICATE_THRESHOLD.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        let found = 0;
        let s = seed;
        const trials = 400;
        for (let t = 0; t < trials; t++) {
          const a: number[] = [];
          const b: number[] = [];
          for (let i = 0; i < PERMUTATIONS; i++) {
            s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
            a.push(s);
            b.push(s % 1000 < NEAR_DUPLICATE_THRESHOLD * 1000 ? s : s ^ 1);
          }
          if (sharesBand(a, b)) found++;
        }
        expect(found / trials).toBeGreaterThanOrEqual(0.99);
      }),
      { numRuns: 5 },
    );
  });

  it('rarely makes candidates of unrelated texts', () => {
    let candidates = 0;
    for (let i = 0; i < 200; i++)
      if (sharesBand(minhash(article(i).join(' ')), minhash(article(i + 1000).join(' ')))) candidates++;
    expect(candidates).toBeLessThanOrEqual(2);
  });

  it('keeps its band keys: stored band rows are hashes of them', () => {
    const keys = bandKeys(minhash('Vietnam and Laos signed twelve cooperation documents in Vientiane'));
    expect(keys).toHaveLength(BANDS);
    expect(keys[3]).toBe('b03:f2a693f4903342bb');
  });

  it('ranks candidates by keys shared, then by the tie rule, as a full sort would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(50), fc.integer({ min: 1, max: 5 }))),
        fc.nat(10),
        (pairs, limit) => {
          const shared = new Map(pairs);
          const sorted = [...shared].sort(([a, na], [b, nb]) => nb - na || b - a).map(([k]) => k);
          expect(
            mostShared(
              shared.keys(),
              (k) => shared.get(k)!,
              limit,
              (a, b) => a > b,
            ),
          ).toEqual(sorted.slice(0, limit));
        },
      ),
    );
  });

  it('picks exactly what comparing every candidate in full picks', () => {
    const naive = <T extends { signature: readonly number[] }>(
      sig: readonly number[],
      cs: T[],
      t: number,
    ) => {
      let best: T | undefined;
      let score = t;
      for (const c of cs) {
        const s = estimateJaccard(sig, c.signature);
        if (s > score || (s === score && best === undefined)) [best, score] = [c, s];
      }
      return best;
    };
    const value = fc.constantFrom(1, 2, 3, 0x7fffffff);
    const sig = fc.array(value, { minLength: 0, maxLength: 12 });
    fc.assert(
      fc.property(
        sig,
        fc.array(fc.record({ signature: sig })),
        fc.constantFrom(0, 0.25, 0.5, 0.6, 1),
        (s, cs, t) => {
          expect(bestNearDuplicate(s, cs, t)).toBe(naive(s, cs, t));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
