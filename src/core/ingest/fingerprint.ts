/**
 * Near-duplicate fingerprints: MinHash over word 5-shingles of the folded
 * text, with LSH band keys for finding candidates in the store.
 *
 * Threshold and banding: two stories are near-duplicates when the estimated
 * Jaccard similarity of their 5-shingle sets is ≥ 0.6. A syndicated copy
 * with a new headline, date and credit line and one sentence rewritten
 * scores about 0.7–0.75 on a 1.7 KB story (the samples' trade pair), more on
 * longer ones; two different stories on the same meeting score below 0.1.
 * 0.6 leaves room below the short-story case (the estimate's standard error
 * is about 0.04) and a wide gap above different stories.
 * The first 72 of the 128 values form 24 bands of 3: a pair with similarity
 * s becomes a candidate with probability 1 − (1 − s³)²⁴: 99.7% at s = 0.6,
 * 96% at 0.5, 2.4% at 0.1. Candidates are then checked with all 128 values.
 * Every band is one indexed row per stored document, and those rows are most
 * of what a commit writes (measured: 42 bands ran at half the ingest speed of
 * 20), so the count is the smallest that keeps ≥ 99% at the threshold.
 *
 * The hash family is (a·x + b) mod 2³² with odd `a` (Math.imul), applied to
 * well-mixed 32-bit shingle hashes, rather than mod a prime: exact 64-bit
 * products are slow in JavaScript and the estimates are as good (tested).
 * Seeds are fixed: a signature is comparable with every signature ever
 * stored. Changing them, the shingle size or the folding is a new
 * FINGERPRINT_VERSION and needs stored signatures recomputed.
 */
import { foldChars } from '../text/fold.ts';

export const FINGERPRINT_VERSION = 'minhash-w5-128-b24r3-v1';
export const PERMUTATIONS = 128;
export const BANDS = 24;
export const ROWS = 3;
export const SHINGLE_WORDS = 5;
/** Estimated Jaccard similarity at or above which two documents are one story. */
export const NEAR_DUPLICATE_THRESHOLD = 0.6;

/** Value of every position of a text without words. */
const EMPTY = 0x7fffffff;
const SEED = 0x5eed_c0de;

/** splitmix32: a small, fixed pseudo-random sequence for the permutation constants. */
function constants(seed: number, count: number): Uint32Array {
  const out = new Uint32Array(count);
  let state = seed >>> 0;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    out[i] = (z ^ (z >>> 16)) >>> 0;
  }
  return out;
}

// Int32 views: the inner loop then stays in 32-bit integer arithmetic.
const A = new Int32Array(constants(SEED, PERMUTATIONS).map((a) => a | 1).buffer);
const B = new Int32Array(constants(SEED ^ 0xa5a5a5a5, PERMUTATIONS).buffer);

/** murmur3's finaliser: spreads a combined hash over all 32 bits. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Per UTF-16 unit, computed once: the unit `foldChars` turns it into, or 0
 * when it is not part of a word (letters, marks and digits are).
 */
const FOLDED = new Int32Array(0x10000).fill(-1);
function foldedUnit(code: number): number {
  let v = FOLDED[code]!;
  if (v < 0) {
    const folded = foldChars(String.fromCharCode(code)).charCodeAt(0);
    const surrogate = code >= 0xd800 && code <= 0xdfff;
    v = surrogate || /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(folded)) ? folded : 0;
    FOLDED[code] = v;
  }
  return v;
}

/** FNV-1a hashes of the words of `foldChars(text)`, folding unit by unit as foldChars does. */
function wordHashes(text: string): number[] {
  const words: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 65 && code <= 90) code += 32;
      else if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) code = 0;
    } else code = foldedUnit(code);
    if (code !== 0) {
      h = Math.imul(h ^ code, 0x01000193);
      inWord = true;
    } else if (inWord) {
      words.push(h >>> 0);
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  if (inWord) words.push(h >>> 0);
  return words;
}

/**
 * MinHash signature of a text: PERMUTATIONS unsigned 32-bit values.
 * A text of fewer than five words is one shingle; a text without words has
 * an all-0x7fffffff signature (never a near-duplicate of anything real).
 * @example minhash('Vietnam and Laos signed twelve cooperation documents in Vientiane').length === 128
 */
export function minhash(text: string): number[] {
  const words = wordHashes(text);
  const count = Math.max(words.length - SHINGLE_WORDS + 1, words.length > 0 ? 1 : 0);
  const shingles = new Int32Array(count);
  for (let s = 0; s < count; s++) {
    let h = 0;
    const end = Math.min(s + SHINGLE_WORDS, words.length);
    for (let w = s; w < end; w++) h = Math.imul(h ^ words[w]!, 0x01000193) ^ (w - s);
    shingles[s] = mix(h) | 0;
  }
  const out = new Array<number>(PERMUTATIONS);
  // Four permutations per pass over the shingles: each shingle is read once for four.
  for (let i = 0; i < PERMUTATIONS; i += 4) {
    const a0 = A[i]!;
    const a1 = A[i + 1]!;
    const a2 = A[i + 2]!;
    const a3 = A[i + 3]!;
    const b0 = B[i]!;
    const b1 = B[i + 1]!;
    const b2 = B[i + 2]!;
    const b3 = B[i + 3]!;
    // Signed order is as good a total order as unsigned for taking minima.
    let m0 = EMPTY;
    let m1 = EMPTY;
    let m2 = EMPTY;
    let m3 = EMPTY;
    for (let s = 0; s < count; s++) {
      const x = shingles[s]!;
      const v0 = (Math.imul(a0, x) + b0) | 0;
      const v1 = (Math.imul(a1, x) + b1) | 0;
      const v2 = (Math.imul(a2, x) + b2) | 0;
      const v3 = (Math.imul(a3, x) + b3) | 0;
      if (v0 < m0) m0 = v0;
      if (v1 < m1) m1 = v1;
      if (v2 < m2) m2 = v2;
      if (v3 < m3) m3 = v3;
    }
    out[i] = m0 >>> 0;
    out[i + 1] = m1 >>> 0;
    out[i + 2] = m2 >>> 0;
    out[i + 3] = m3 >>> 0;
  }
  return out;
}

/**
 * LSH band keys of a signature: `bNN:` and 16 hex digits per band. Two
 * documents sharing any key are candidates.
 * @example bandKeys(minhash(text))[3] // 'b03:8f2a19c04d77e1b2'
 */
export function bandKeys(signature: readonly number[]): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193 ^ b;
    for (let r = 0; r < ROWS; r++) {
      const v = signature[b * ROWS + r] ?? EMPTY;
      h1 = mix(Math.imul(h1 ^ v, 0x01000193));
      h2 = mix(h2 + Math.imul(v, 0x9e3779b1));
    }
    keys.push(`${BAND_PREFIX[b]}${hex(h1)}${hex(h2)}`);
  }
  return keys;
}

const BAND_PREFIX = Array.from({ length: BANDS }, (_, b) => `b${String(b).padStart(2, '0')}:`);
/** Two hex digits per byte value: bandKeys formats 48 words a document, and toString(16) was most of its cost. */
const HEX_BYTE = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex = (n: number) =>
  HEX_BYTE[(n >>> 24) & 0xff]! +
  HEX_BYTE[(n >>> 16) & 0xff]! +
  HEX_BYTE[(n >>> 8) & 0xff]! +
  HEX_BYTE[n & 0xff]!;

/**
 * Of `candidates`, the `limit` sharing most band keys (`shared`), ties to
 * `before`, best first: a few insertions into a short list rather than
 * sorting a few hundred candidates.
 * @example mostShared([3, 9, 5], (k) => (k === 9 ? 2 : 1), 2, (a, b) => a > b) // [9, 5]
 */
export function mostShared<K>(
  candidates: Iterable<K>,
  shared: (candidate: K) => number,
  limit: number,
  before: (a: K, b: K) => boolean,
): K[] {
  const top: K[] = [];
  const counts: number[] = [];
  for (const key of candidates) {
    const n = shared(key);
    let at = top.length;
    while (at > 0 && (n > counts[at - 1]! || (n === counts[at - 1]! && before(key, top[at - 1]!)))) at--;
    if (at < limit) {
      top.splice(at, 0, key);
      counts.splice(at, 0, n);
      if (top.length > limit) {
        top.pop();
        counts.pop();
      }
    }
  }
  return top;
}

/**
 * Share of equal positions: an unbiased estimate of the Jaccard similarity of the shingle sets.
 * @example estimateJaccard(minhash(a), minhash(a)) === 1
 */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i] && a[i] !== EMPTY) same++;
  return same / n;
}

/**
 * The candidate most similar to `signature`, if its estimated similarity is
 * at least `threshold`; ties go to the earlier candidate.
 * @example bestNearDuplicate(draft.signature, await store.documents.nearDuplicateCandidates(bandKeys(draft.signature)))
 */
export function bestNearDuplicate<T extends { readonly signature: readonly number[] }>(
  signature: readonly number[],
  candidates: Iterable<T>,
  threshold: number = NEAR_DUPLICATE_THRESHOLD,
): T | undefined {
  let best: T | undefined;
  let bestScore = threshold;
  for (const candidate of candidates) {
    const other = candidate.signature;
    const n = Math.min(signature.length, other.length);
    if (n === 0) {
      if (canWin(0, bestScore, best === undefined)) [best, bestScore] = [candidate, 0];
      continue;
    }
    // estimateJaccard, stopping once even a match at every remaining position
    // could not win: most candidates share a band key and little else, and
    // are given up on after about half their values.
    const need = matchesToWin(n, bestScore, best === undefined);
    let spare = n - need;
    let same = 0;
    for (let i = 0; i < n && spare >= 0; i++) {
      if (signature[i] === other[i] && signature[i] !== EMPTY) same++;
      else spare--;
    }
    if (spare >= 0 && same >= need) {
      best = candidate;
      bestScore = same / n;
    }
  }
  return best;
}

/** The fewest equal positions out of `n` for which canWin holds (n + 1 when none do). */
function matchesToWin(n: number, bestScore: number, first: boolean): number {
  let need = Math.max(0, Math.min(n + 1, Math.floor(bestScore * n)));
  while (need <= n && !canWin(need / n, bestScore, first)) need++;
  while (need > 0 && canWin((need - 1) / n, bestScore, first)) need--;
  return need;
}

/** Whether `score` beats the best so far; equal to the threshold is enough while there is none. */
const canWin = (score: number, bestScore: number, first: boolean) =>
  score > bestScore || (score === bestScore && first);
