/**
 * Step 2: clauses. A number binds to the words of its own clause first:
 * "exports reached $524.5 million, … while Vietnam imported $368.4 million"
 * gives each amount its own metric and direction.
 */
import type { Span } from '../../model/document.ts';
import type { FigureLexicon } from './data.ts';

/** Clause spans covering the sentence, in order. */
export function splitClauses(text: string, lex: FigureLexicon): Span[] {
  const cuts = new Set<number>();
  for (const hit of lex.clauseBreaks.all(text)) cuts.add(hit.start);
  for (const pattern of lex.clausePatterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      cuts.add(m.index);
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  const points = [...cuts].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b);
  const out: Span[] = [];
  let start = 0;
  for (const p of points) {
    if (p > start) out.push({ start, end: p });
    start = p;
  }
  out.push({ start, end: text.length });
  return out;
}

export function clauseOf(clauses: readonly Span[], pos: number): Span {
  return (
    clauses.find((c) => pos >= c.start && pos < c.end) ??
    clauses[clauses.length - 1] ?? { start: 0, end: pos }
  );
}
