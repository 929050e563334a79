/**
 * Step 4: percents. A percent is the change of the metric before it ("…
 * 892.9 million USD, up 8.5 percent" → trade_growth; "exports rose by 9.87
 * percent to 244.6 million USD"), or a share, which is not a change
 * ("accounted for 17.5 percent of the total"). Without a word of change or
 * share it is left alone.
 */
import type { Span } from '../../model/document.ts';
import {
  type Cue,
  firstAfter,
  gap,
  type MetricBinding,
  type MetricInput,
  modify,
  nearestBefore,
  open,
} from './03-metric.ts';
import type { Amount, Binding } from './context.ts';
import type { FigureLexicon } from './data.ts';
import type { PhraseHit } from './phrases.ts';

/** Fills the percents of `done` (money, counts and measures already bound). */
export function bindPercents(input: MetricInput, cues: readonly Cue[], done: (MetricBinding | null)[]): void {
  input.amounts.forEach((a, i) => {
    if (a.kind === 'percent') done[i] = bindPercent(input, cues, a, i, done);
  });
}

function bindPercent(
  input: MetricInput,
  cues: readonly Cue[],
  a: Amount,
  i: number,
  done: readonly (MetricBinding | null)[],
): MetricBinding | null {
  const { text, lex } = input;
  const clause = input.clauseOf(a.start);
  const head = a.qualifierSpan?.start ?? a.start;
  const strong = cues.filter((c) => c.def.kind === 'money' && !c.def.weak);
  const inClause = strong.filter((c) => c.start >= clause.start && c.end <= clause.end);

  const shareAfter = lex.shareAfter.startingAt(text, a.end);
  const shareBefore = lex.shareBefore.endingAt(text, head, 40);
  const isShare =
    (shareAfter && gap(input, a.end, shareAfter.start) === 0) ||
    (shareBefore && gap(input, shareBefore.end, head) <= 3);

  const upBefore = nearestBefore([...lex.growthUp.all(text, clause.start, head)], head, clause.start);
  const downBefore = nearestBefore([...lex.growthDown.all(text, clause.start, head)], head, clause.start);
  const after = [
    ...lex.growthUp.all(text, a.end, clause.end),
    ...lex.growthDown.all(text, a.end, clause.end),
  ];
  const afterHit = firstAfter(after, a.end, clause.end);
  const link = lex.targetLinks.startingAt(text, a.end);
  const toAmount = link
    ? input.amounts.findIndex((o, j) => j > i && o.kind === 'money' && gap(input, link.end, o.start) <= 1)
    : -1;
  const beforeHit = [upBefore, downBefore]
    .filter((h): h is PhraseHit => !!h && gap(input, h.end, head) <= 6)
    .sort((x, y) => y.end - x.end)[0];
  const growthCue =
    beforeHit ??
    (afterHit && gap(input, a.end, afterHit.start) <= 3 && open(text, a.end, afterHit.start)
      ? afterHit
      : undefined);
  if (isShare || (!growthCue && toAmount < 0)) {
    if (!isShare) return null;
    const base = nearestBefore(inClause, head, clause.start) ?? firstAfter(inClause, a.end, clause.end);
    return base
      ? {
          metric: `${base.def.metric}_share`,
          def: base.def,
          binding: 'cue',
          cue: base,
          via: null,
          noun: null,
        }
      : null;
  }
  const growthOf = (
    b: MetricBinding,
    via: number | null,
    binding: Binding,
    cue: Span | null,
  ): MetricBinding => {
    const baseName = b.def.growth ?? `${b.def.metric}_growth`;
    // keep the base's modifiers: regional_trade_turnover → regional_trade_growth
    const metric = b.metric.replace(b.def.metric, baseName);
    return { metric, def: b.def, binding, cue, via, noun: null };
  };
  if (toAmount >= 0 && done[toAmount])
    return growthOf(done[toAmount]!, toAmount, 'growth', done[toAmount]!.cue);

  const cueAfter = firstAfter(inClause, a.end, clause.end);
  if (cueAfter && gap(input, a.end, cueAfter.start) <= 4 && open(text, a.end, cueAfter.start)) {
    const b = modify(
      input,
      a,
      {
        metric: cueAfter.def.metric,
        def: cueAfter.def,
        binding: 'cue',
        cue: cueAfter,
        via: null,
        noun: null,
      },
      clause,
    );
    return growthOf(b, null, 'cue-after', cueAfter);
  }
  const cueBefore = nearestBefore(inClause, head, clause.start);
  let prior = -1;
  for (let j = i - 1; j >= 0; j--)
    if (input.amounts[j]!.kind === 'money' && done[j] && !done[j]!.metric.endsWith('_share')) {
      prior = j;
      break;
    }
  const priorAmount = prior >= 0 ? input.amounts[prior]! : undefined;
  // A metric word after the prior amount takes the change only as the subject of its verb
  // ("… $5 billion, and investment grew 10 percent"), not as an object ("… to the total trade revenue, a 48.3 percent rise").
  const subject =
    cueBefore &&
    beforeHit &&
    beforeHit.start >= cueBefore.end &&
    gap(input, cueBefore.end, beforeHit.start) <= 3;
  if (priorAmount && (!cueBefore || priorAmount.end >= cueBefore.end || !subject)) {
    return growthOf(done[prior]!, prior, 'growth', done[prior]!.cue);
  }
  if (cueBefore) {
    const b = modify(
      input,
      a,
      {
        metric: cueBefore.def.metric,
        def: cueBefore.def,
        binding: 'cue',
        cue: cueBefore,
        via: null,
        noun: null,
      },
      clause,
    );
    return growthOf(b, null, 'cue', cueBefore);
  }
  const def = input.antecedent ? lex.metrics.get(input.antecedent) : undefined;
  if (def)
    return growthOf(
      { metric: def.metric, def, binding: 'anaphora', cue: null, via: null, noun: null },
      null,
      'anaphora',
      null,
    );
  return null;
}

/** -1 for a fall ("down 5 percent"), else 1. */
export function growthSign(text: string, lex: FigureLexicon, a: Amount, clause: Span): 1 | -1 {
  const head = a.qualifierSpan?.start ?? a.start;
  const up = nearestBefore(lex.growthUp.all(text, clause.start, head), head, clause.start);
  const down = nearestBefore(lex.growthDown.all(text, clause.start, head), head, clause.start);
  if (down && (!up || down.end > up.end)) return -1;
  return 1;
}
