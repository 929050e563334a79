/**
 * The two countries an article is about: the two most mentioned, counting
 * country names and the countries of the persons named. Ties go to the
 * earlier first mention, so the result is deterministic.
 */
import type { CountryMention, PersonMention } from './types.ts';

export function articlePair(
  countries: readonly CountryMention[],
  persons: readonly PersonMention[],
): readonly [string, string] | null {
  const score = new Map<string, { n: number; first: number }>();
  const add = (code: string | null, at: number, weight: number) => {
    if (!code) return;
    const s = score.get(code) ?? { n: 0, first: at };
    s.n += weight;
    s.first = Math.min(s.first, at);
    score.set(code, s);
  };
  for (const c of countries) add(c.code, c.start, 1);
  for (const p of persons) add(p.country, p.start, 2);
  const ranked = [...score.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first);
  const [a, b] = ranked;
  return a && b ? [a[0], b[0]] : null;
}
