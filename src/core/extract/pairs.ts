/**
 * A cheap "cannot contain" test for substring searches: the set of adjacent
 * character pairs of a text, hashed into a 4096-bit map. A needle with a pair
 * the text lacks cannot occur in it, so the caller skips the `includes` or
 * the regular expression. Never a false "no": only pairs present set bits.
 *
 * The hot callers probe one sentence with dozens of word lists (phrase-set
 * anchors, trigger keywords); most needles fail on their pairs alone.
 */
const WORDS = 128;
const hash = (a: number, b: number) => (a * 31 + b) & (WORDS * 32 - 1);

/** The pair hashes of a needle, computed once per lexicon. */
export function pairsOf(needle: string): readonly number[] {
  const out: number[] = [];
  for (let i = 1; i < needle.length; i++) out.push(hash(needle.charCodeAt(i - 1), needle.charCodeAt(i)));
  return out;
}

/**
 * A reusable map: `of` clears and refills it, since allocating a typed array
 * per sentence cost as much as the test saved. Each caller keeps its own
 * instance and reads it before the next `of`.
 */
export class CharPairs {
  private readonly bits = new Uint32Array(WORDS);

  /** @param text compared as given: lower-case it first for case-insensitive needles */
  of(text: string): this {
    const bits = this.bits.fill(0);
    for (let i = 1; i < text.length; i++) {
      const h = hash(text.charCodeAt(i - 1), text.charCodeAt(i));
      bits[h >>> 5]! |= 1 << (h & 31);
    }
    return this;
  }

  /** False when the needle (given by pairsOf) cannot occur in the text last given to `of`. */
  mayContain(pairs: readonly number[]): boolean {
    for (const h of pairs) if ((this.bits[h >>> 5]! & (1 << (h & 31))) === 0) return false;
    return true;
  }
}
