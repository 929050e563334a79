/**
 * Who commits and in what area. "Both sides", "the two countries" are the
 * article's pair; otherwise the country named nearest before the commitment;
 * the area is the one whose words the commitment's own text uses most.
 */
import type { Span } from '../../model/document.ts';
import type { Area } from '../../model/extraction.ts';
import type { SentenceContext } from '../figures/context.ts';
import type { CommitmentLexicon } from './data.ts';

/** The committing sides for a commitment whose cue starts at `at`. */
export function partiesOf(
  s: SentenceContext,
  lex: CommitmentLexicon,
  subject: Span,
  fallbackPair: boolean,
): string[] {
  const pair = s.pair ? [...s.pair] : null;
  const both = lex.both.all(s.text, subject.start, subject.end);
  if (both.length > 0 && pair) return pair;
  const known = s.countries.filter((c) => !s.pair || s.pair.includes(c.code));
  const named = known
    .filter((c) => c.start >= subject.start && c.end <= subject.end)
    .sort((x, y) => y.start - x.start);
  // "Vietnam and Laos will …": both sides named
  if (pair?.every((code) => named.some((c) => c.code === code))) return pair;
  if (named[0]) return [named[0].code];
  return fallbackPair && pair ? pair : [];
}

/** The area with most word hits in `text` (ties go to the first listed); then in `wider`; else `other`. */
export function areaOf(lex: CommitmentLexicon, text: string, wider = ''): Area {
  for (const t of [text, wider]) {
    let best: { area: Area; n: number } | null = null;
    for (const { area, set } of lex.areas) {
      const n = set.all(t).length;
      if (n > 0 && (!best || n > best.n)) best = { area, n };
    }
    if (best) return best.area;
  }
  return 'other';
}
