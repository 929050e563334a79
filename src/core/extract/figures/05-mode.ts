/**
 * Step 5: is the amount measured, aimed at, or forecast? A target phrase of
 * the clause before the amount ("strive for", "target of", "raise … to")
 * makes it a target; "expected to" a forecast; a negation ("is not expected
 * to reach $1 billion") removes it. In "from US$10 million in 2000 to US$20
 * million" the first amount is where things stood: a figure.
 */
import type { Span } from '../../model/document.ts';
import type { Amount, Mode } from './context.ts';
import type { FigureLexicon } from './data.ts';
import { type PhraseHit, wordsBetween } from './phrases.ts';

export interface ModeResult {
  readonly mode: Mode | 'drop';
  readonly cue: Span | null;
}

export function modeOf(
  text: string,
  lex: FigureLexicon,
  amounts: readonly Amount[],
  i: number,
  clause: Span,
): ModeResult {
  const a = amounts[i]!;
  const head = a.qualifierSpan?.start ?? a.start;
  const gap = (from: number, to: number) => wordsBetween(text, from, to, lex.spaced);
  const lastWithin = (hits: readonly PhraseHit[], max: number) =>
    hits.filter((h) => h.end <= head && gap(h.end, head) <= max).sort((x, y) => y.end - x.end)[0];

  const negation = lastWithin(lex.negation.all(text, clause.start, head), 6);
  const forecast = lastWithin(lex.forecast.all(text, clause.start, head), 10);
  if (negation && (forecast || lastWithin(lex.target.all(text, clause.start, head), 10)))
    return { mode: 'drop', cue: negation };

  const achieved = lex.achieved.all(text, clause.start, head);
  const targets = lex.target
    .all(text, clause.start, head)
    .filter((t) => !achieved.some((x) => x.start <= t.start && t.end <= x.end));
  const target = lastWithin(targets, 15);
  const verb = targetVerb(text, lex, clause, head, gap);

  const candidates = [
    forecast ? { mode: 'forecast' as const, cue: forecast } : null,
    target ? { mode: 'target' as const, cue: target } : null,
    verb ? { mode: 'target' as const, cue: verb } : null,
  ].filter((c): c is { mode: 'forecast' | 'target'; cue: PhraseHit } => c !== null);
  const best = candidates.sort((x, y) => y.cue.end - x.cue.end)[0];
  if (!best) return { mode: 'figure', cue: null };
  if (best.mode === 'target' && isBaseline(text, lex, amounts, i, clause, gap))
    return { mode: 'figure', cue: null };
  return { mode: best.mode, cue: { start: best.cue.start, end: best.cue.end } };
}

/** "raise bilateral trade to US$5 billion": a base-form verb, then "to", then the amount. */
function targetVerb(
  text: string,
  lex: FigureLexicon,
  clause: Span,
  head: number,
  gap: (a: number, b: number) => number,
): PhraseHit | undefined {
  const verbs = lex.targetVerbs.all(text, clause.start, head).filter((v) => gap(v.end, head) <= 12);
  for (const v of verbs.reverse()) {
    const marker = lex.nounMarkers.endingAt(text, v.start, 16);
    if (marker && /^\s*$/.test(text.slice(marker.end, v.start))) continue; // "an increase of"
    const link = lex.targetLinks.all(text, v.end, head).at(-1);
    if (link && gap(link.end, head) <= 1) return v;
  }
  return undefined;
}

/** "from US$10 million … to US$20 million": the first of the pair. */
function isBaseline(
  text: string,
  lex: FigureLexicon,
  amounts: readonly Amount[],
  i: number,
  clause: Span,
  gap: (a: number, b: number) => number,
): boolean {
  const a = amounts[i]!;
  const head = a.qualifierSpan?.start ?? a.start;
  const from = lex.baseline.endingAt(text, head, 12);
  if (!from || gap(from.end, head) > 0) return false;
  return amounts.some((b, j) => {
    if (j <= i || b.start >= clause.end || b.unit !== a.unit) return false;
    const link = lex.targetLinks.endingAt(text, b.qualifierSpan?.start ?? b.start, 12);
    return link !== undefined;
  });
}
