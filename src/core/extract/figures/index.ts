/**
 * Figures: measured quantities about a relationship, read one sentence at a
 * time. The steps, each a pure function of the sentence:
 *
 *   01-amounts   numbers with currency, scale, unit, qualifier
 *   02-clauses   where one clause ends, so numbers bind inside their own
 *   03-metric    what each amount measures (cue words, nouns, units)
 *   04-percent   a percent: the change of a metric, or a share
 *   05-mode      measured, targeted or forecast
 *   06-period    the period covered, from the sentence's time mentions
 *   07-direction who gives and who receives
 *
 * Targets are not figures: findCommitments reads the same bound amounts.
 */
import type { Span } from '../../model/document.ts';
import { CORE_METRICS, type Figure } from '../../model/extraction.ts';
import { parseWith } from './01-amounts.ts';
import { clauseOf, splitClauses } from './02-clauses.ts';
import { bindMetrics, cuesOf, type MetricBinding } from './03-metric.ts';
import { bindPercents, growthSign } from './04-percent.ts';
import { modeOf } from './05-mode.ts';
import { periodOf, usableTimes } from './06-period.ts';
import { directionOf } from './07-direction.ts';
import type { Amount, BoundAmount, Carry, SentenceContext } from './context.ts';
import { figureLexicon } from './data.ts';
import { overlaps } from './phrases.ts';

export { parseAmounts, readNumber } from './01-amounts.ts';
export type * from './context.ts';

const CORE: ReadonlySet<string> = new Set(CORE_METRICS);
export const NO_CARRY: Carry = { metric: null, period: null };

/** How sure a binding is, before period and direction are considered. */
const BINDING_CONFIDENCE: Record<BoundAmount['binding'], number> = {
  noun: 0.9,
  cue: 0.9,
  growth: 0.85,
  'cue-after': 0.8,
  weak: 0.6,
  anaphora: 0.6,
  sentence: 0.5,
};

/** What a sentence's figures and commitments both start from; it does not depend on the carry. */
export interface SentenceReading {
  /** Amounts that are not part of a time expression ("2018" in "in 2018"). */
  readonly amounts: readonly Amount[];
  readonly clauses: readonly Span[];
}

export function readSentence(s: SentenceContext): SentenceReading {
  const lex = figureLexicon(s.language);
  // Skipping the times' numbers while parsing is not quite the filter after it: a skipped date number can no
  // longer swallow its neighbour as a range ("5-10") or a "between … and …" pair; the filter stays for those.
  const amounts = parseWith(s.text, lex, s.times).filter((a) => !s.times.some((t) => overlaps(t, a.number)));
  return { amounts, clauses: splitClauses(s.text, lex) };
}

/**
 * Every amount of the sentence that binds to a metric, with its mode, period
 * and direction. Offsets stay local to the sentence.
 * @param carry what the sentence before said (findFiguresInSentences threads it)
 */
export function bindAmounts(
  s: SentenceContext,
  carry: Carry = NO_CARRY,
  read: SentenceReading = readSentence(s),
): BoundAmount[] {
  const antecedent = carry.metric;
  const lex = figureLexicon(s.language);
  const text = s.text;
  const { amounts, clauses } = read;
  if (amounts.length === 0) return [];
  const at = (pos: number) => clauseOf(clauses, pos);
  const metricInput = { text, lex, amounts, clauses, clauseOf: at, countries: s.countries, antecedent };
  const cues = cuesOf(metricInput);
  const bindings = bindMetrics(metricInput, cues);
  bindPercents(metricInput, cues, bindings);
  const periodInput = { text, lex, amounts, times: s.times, reference: s.reference };
  const usable = usableTimes(periodInput);
  const dirInput = { text, lex, countries: s.countries, pair: s.pair };

  const out: (BoundAmount | null)[] = amounts.map(() => null);
  const order = amounts
    .map((_, i) => i)
    .sort((x, y) => Number(bindings[x]?.via != null) - Number(bindings[y]?.via != null));
  for (const i of order) {
    const a = amounts[i]!;
    const b = bindings[i];
    if (!b) continue;
    const clause = at(a.start);
    const mode = modeOf(text, lex, amounts, i, clause);
    if (mode.mode === 'drop') continue;
    const base = b.via !== null ? out[b.via] : null;
    const metric = mode.mode === 'forecast' ? `${b.metric}_forecast` : b.metric;
    const own = base
      ? { value: base.period, source: base.periodSource }
      : periodOf(periodInput, usable, a, b.def, clause);
    // A past-tense flow with no time of its own continues the period stated just before.
    const carried = own.source === 'none' && carry.period !== null && !b.def.stock && mode.mode === 'figure';
    const period = carried ? carry.period : own.value;
    const periodSource = carried ? 'carried' : own.source;
    const dir = base
      ? { from: base.from, to: base.to, inferred: base.directionInferred }
      : directionOf(dirInput, b.def, clause, a, b.noun);
    const signed = a.kind === 'percent' && b.metric !== b.def.metric && growthSign(text, lex, a, clause) < 0;
    const amount: Amount = signed ? negate(a) : a;
    out[i] = {
      amount,
      metric,
      binding: b.binding,
      cue: b.cue,
      clause,
      mode: mode.mode,
      modeCue: mode.cue,
      period,
      periodSource,
      from: dir.from,
      to: dir.to,
      directionInferred: dir.inferred,
      confidence: confidence(b, mode.mode === 'target' ? 'n/a' : period, dir.inferred) - (carried ? 0.15 : 0),
    };
  }
  return out.filter((b): b is BoundAmount => b !== null);
}

function negate(a: Amount): Amount {
  return { ...a, value: -a.value, ...(a.valueMax !== undefined ? { valueMax: -a.valueMax } : {}) };
}

function confidence(b: MetricBinding, period: string | null, inferred: boolean): number {
  let c = BINDING_CONFIDENCE[b.binding];
  if (period === null) c -= 0.1;
  if (inferred) c -= 0.05;
  return Math.round(Math.max(0.1, Math.min(1, c)) * 100) / 100;
}

/** Evidence: the amount, its qualifier and its metric words, in document offsets. */
export function evidenceOf(s: SentenceContext, b: BoundAmount): { start: number; end: number } {
  const spans = [b.amount, b.cue, b.amount.qualifierSpan].filter(
    (x): x is { start: number; end: number } => !!x,
  );
  return {
    start: s.offset + Math.min(...spans.map((x) => x.start)),
    end: s.offset + Math.max(...spans.map((x) => x.end)),
  };
}

/**
 * Measured figures of one sentence (targets and forecasts of core metrics are left out).
 * @example findFigures({ text: "Vietnam's exports to Laos rose by 9.87 percent to 244.6 million USD in 2018.", … })
 *   // → [{ metric: 'exports', value: 244600000, unit: 'USD', period: '2018', from: 'VN', to: 'LA' … },
 *   //    { metric: 'export_growth', value: 9.87, unit: 'percent' … }]
 */
export function findFigures(s: SentenceContext, carry: Carry = NO_CARRY): Figure[] {
  return figuresOf(s, bindAmounts(s, carry));
}

function figuresOf(s: SentenceContext, bound: readonly BoundAmount[]): Figure[] {
  return bound
    .filter((b) => b.mode !== 'target')
    .sort((x, y) => x.amount.start - y.amount.start)
    .map((b) => toFigure(s, b));
}

function toFigure(s: SentenceContext, b: BoundAmount): Figure {
  const f: Figure = {
    metric: b.metric,
    value: b.amount.value,
    unit: b.amount.unit,
    period: b.period,
    qualifier: b.amount.qualifier,
    evidence: evidenceOf(s, b),
    confidence: b.confidence,
  };
  if (b.from !== null || b.to !== null) {
    f.from = b.from;
    f.to = b.to;
  }
  return f;
}

/**
 * Figures of consecutive sentences of one document: carries the last money
 * metric over, so "In 2018, the figure rose to nearly USD 4.7 billion" is trade.
 */
export function findFiguresInSentences(sentences: readonly SentenceContext[]): Figure[][] {
  return readFigures(sentences).map((r) => r.figures);
}

/** One sentence read by readFigures. */
export interface SentenceFigures {
  readonly figures: Figure[];
  readonly reading: SentenceReading;
  /** The amounts bound without the carry, as findCommitments reads them. */
  readonly own: readonly BoundAmount[];
}

/**
 * findFiguresInSentences, also handing back what commitments need, so the
 * document pipeline parses and binds each sentence's amounts once (binding
 * twice was a tenth of extraction time). The carry-free binding is the same
 * array unless a carry was in force.
 */
export function readFigures(sentences: readonly SentenceContext[]): SentenceFigures[] {
  let carry: Carry = NO_CARRY;
  return sentences.map((s) => {
    const reading = readSentence(s);
    const bound = bindAmounts(s, carry, reading);
    const own = carry.metric === null && carry.period === null ? bound : bindAmounts(s, NO_CARRY, reading);
    carry = nextCarry(carry, bound);
    return { figures: figuresOf(s, bound), reading, own };
  });
}

/**
 * The carry after a sentence: its last money metric (for the next sentence only);
 * the period its times stated, else the one before while the run of figure
 * sentences goes on (a running total or a present count does not end it; a
 * sentence without figures, or with an undated one, does).
 */
export function nextCarry(before: Carry, bound: readonly BoundAmount[]): Carry {
  const figures = bound.filter((b) => b.mode === 'figure');
  const stated = figures.filter((b) => b.periodSource === 'time').at(-1)?.period ?? null;
  const ends =
    figures.length === 0 || figures.some((b) => b.periodSource === 'none' || b.periodSource === 'unplaced');
  return { metric: lastMoneyMetric(bound), period: stated ?? (ends ? null : before.period) };
}

/** The metric of the last money amount of a sentence, for the next one's "the figure". */
export function lastMoneyMetric(bound: readonly BoundAmount[]): string | null {
  const money = bound.filter(
    (b) => b.amount.kind === 'money' && CORE.has(b.metric.replace(/_forecast$/, '')),
  );
  return money.at(-1)?.metric.replace(/_forecast$/, '') ?? null;
}

export const isCoreMetric = (metric: string): boolean => CORE.has(metric);
