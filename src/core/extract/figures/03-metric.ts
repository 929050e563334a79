/**
 * Step 3: what each amount measures. Money binds to the nearest metric words
 * of its clause ("two-way trade … amounted to 892.9 million USD"); counts to
 * the noun after them ("14,000 Lao students"); measures to words of their
 * unit ("1,070-megawatt hydropower"). Specific words beat generic ones (a
 * cost "from Vietnamese aid" is aid).
 */
import type { Span } from '../../model/document.ts';
import type { Amount, Binding, CountryInSentence } from './context.ts';
import type { FigureLexicon, MetricDef } from './data.ts';
import { type PhraseHit, wordsBetween, wordsIn } from './phrases.ts';

export interface MetricBinding {
  readonly metric: string;
  /** The definition of the measured thing (for a growth: of its base). */
  readonly def: MetricDef;
  readonly binding: Binding;
  readonly cue: Span | null;
  /** For a growth bound through another amount: that amount's index (period and direction follow it). */
  readonly via: number | null;
  /** For counts: the noun, and a country written on it ("Lao students"). */
  readonly noun: Span | null;
}

export interface MetricInput {
  readonly text: string;
  readonly lex: FigureLexicon;
  readonly amounts: readonly Amount[];
  readonly clauses: readonly Span[];
  readonly clauseOf: (pos: number) => Span;
  readonly countries: readonly CountryInSentence[];
  /** Metric of the last money figure of the sentence before, for "the figure rose to …". */
  readonly antecedent: string | null;
}

export interface Cue extends PhraseHit {
  readonly def: MetricDef;
}

/** The metric cues of the sentence, each with its metric. */
export function cuesOf(input: MetricInput): Cue[] {
  return input.lex.cues.all(input.text).map((h) => ({ ...h, def: input.lex.cueMetric[h.index]! }));
}

/** Money, counts and measures; percents are bound after them (04-percent), as their base may be one of these. */
export function bindMetrics(input: MetricInput, cues: readonly Cue[]): (MetricBinding | null)[] {
  const out: (MetricBinding | null)[] = input.amounts.map(() => null);
  input.amounts.forEach((a, i) => {
    if (a.kind === 'money') out[i] = bindMoney(input, cues, a, i, out);
    else if (a.kind === 'count') out[i] = bindCount(input, a);
    else if (a.kind === 'measure') out[i] = bindMeasure(input, cues, a);
  });
  return out;
}

export const spaced = (input: MetricInput) => input.lex.spaced;
export const gap = (input: MetricInput, from: number, to: number) =>
  wordsBetween(input.text, from, to, spaced(input));
/** No sentence-like stop between two points ("year-on-year.Laos’ main export …"). */
export const open = (text: string, from: number, to: number) => !/[.;:!?](?!\d)/.test(text.slice(from, to));

export function nearestBefore<T extends Span>(
  items: readonly T[],
  pos: number,
  floor: number,
): T | undefined {
  let best: T | undefined;
  for (const it of items) if (it.end <= pos && it.start >= floor && (!best || it.end > best.end)) best = it;
  return best;
}

export function firstAfter<T extends Span>(items: readonly T[], pos: number, ceil: number): T | undefined {
  let best: T | undefined;
  for (const it of items)
    if (it.start >= pos && it.end <= ceil && (!best || it.start < best.start)) best = it;
  return best;
}

function bindMoney(
  input: MetricInput,
  cues: readonly Cue[],
  a: Amount,
  i: number,
  done: readonly (MetricBinding | null)[],
) {
  const { text } = input;
  const clause = input.clauseOf(a.start);
  const money = cues.filter((c) => c.def.kind === 'money');
  const strong = money.filter((c) => !c.def.weak);
  const weak = money.filter((c) => c.def.weak);
  const head = a.qualifierSpan?.start ?? a.start;
  const near = (c: Cue | undefined, max: number, after: boolean): Cue | undefined => {
    if (!c) return undefined;
    const [x, y] = after ? [a.end, c.start] : [c.end, head];
    return gap(input, x, y) <= max && (!after || open(text, x, y)) ? c : undefined;
  };
  const choose = (c: Cue, binding: Binding): MetricBinding =>
    modify(input, a, { metric: c.def.metric, def: c.def, binding, cue: c, via: null, noun: null }, clause);

  const tight = near(firstAfter(strong, a.end, clause.end), 2, true);
  if (tight) return choose(tight, 'cue-after');
  const before = near(nearestBefore(strong, head, clause.start), 25, false);
  if (before) return choose(before, 'cue');
  const wide = near(firstAfter(strong, a.end, clause.end), 6, true);
  if (wide) return choose(wide, 'cue-after');
  const weakHit =
    near(nearestBefore(weak, head, clause.start), 8, false) ??
    near(firstAfter(weak, a.end, clause.end), 3, true);
  if (weakHit) return choose(weakHit, 'weak');

  const ana = nearestBefore(input.lex.anaphora.all(text, clause.start, head), head, clause.start);
  if (ana && gap(input, ana.end, head) <= 8) {
    let prior: MetricBinding | null = null;
    for (let j = i - 1; j >= 0 && !prior; j--)
      if (input.amounts[j]!.kind === 'money') prior = done[j] ?? null;
    const name = prior?.metric ?? input.antecedent;
    const def = prior?.def ?? (name ? input.lex.metrics.get(name) : undefined);
    if (name && def)
      return { metric: name, def, binding: 'anaphora' as const, cue: ana, via: null, noun: null };
  }
  // A cue earlier in the sentence, with no other money amount in between.
  const far = nearestBefore(strong, head, 0);
  if (far && !input.amounts.some((o) => o.kind === 'money' && o.start >= far.end && o.end <= head)) {
    return choose(far, 'sentence');
  }
  return null;
}

/** Prefix/suffix names for parts of a total: `regional_trade_turnover`, `exports_items`. */
export function modify(input: MetricInput, a: Amount, b: MetricBinding, clause: Span): MetricBinding {
  let metric = b.metric;
  const to = a.qualifierSpan?.start ?? a.start;
  // Between the metric words and the number: "trade between Vietnam and the provinces of Laos … 600 million".
  const from = b.cue && b.cue.end <= to ? b.cue.start : clause.start;
  for (const { def, set } of input.lex.modifiers) {
    if (!def.kinds.includes(a.kind)) continue;
    const hit = set.all(input.text, from, to).length > 0;
    // A quantity right before a value ("63,200 tonnes for 42 million USD") is a commodity line.
    const line =
      def.name === 'items' &&
      input.amounts.some(
        (o) => o.kind === 'measure' && o.end <= to && o.start >= from && gap(input, o.end, to) <= 3,
      );
    if (hit || line) metric = def.position === 'prefix' ? `${def.name}_${metric}` : `${metric}_${def.name}`;
  }
  return metric === b.metric ? b : { ...b, metric };
}

function bindCount(input: MetricInput, a: Amount): MetricBinding | null {
  const { text, lex } = input;
  const clause = input.clauseOf(a.start);
  if (inName(text, a)) return null;
  const noun = lex.nouns.all(text, a.end, clause.end)[0];
  let def: MetricDef | undefined;
  let binding: Binding = 'noun';
  let cue: Span | null = null;
  if (noun && nounFollows(input, a.end, noun.start)) {
    def = lex.nounMetric[noun.index];
    cue = noun;
  } else {
    const lead = nearestBefore(lex.countLeads.all(text, clause.start, a.start), a.start, clause.start);
    const named = lead ? lex.nouns.all(text, lead.end, a.start)[0] : undefined;
    if (lead && named && gap(input, lead.end, named.start) <= 4 && gap(input, named.end, a.start) <= 8) {
      def = lex.nounMetric[named.index];
      binding = 'cue';
      cue = named;
    }
  }
  if (!def || !cue) return null;
  const required = lex.requires.get(def.metric);
  if (required && !required.test(text)) return null;
  if (def.requiresCountry && !carriesCountry(input, a, cue, clause)) return null;
  return modify(input, a, { metric: def.metric, def, binding, cue, via: null, noun: cue }, clause);
}

/** "the Nam Theun 2 project": a number right after a capitalised word inside a sentence is part of a name. */
function inName(text: string, a: Amount): boolean {
  if (a.qualifierSpan) return false;
  const m = /(\p{Lu}[\p{L}\p{M}]*)\s+$/u.exec(text.slice(Math.max(0, a.start - 30), a.start));
  if (!m) return false;
  const wordStart = a.start - m[0].length;
  return !/^\s*$/.test(text.slice(0, wordStart)) && !/[.!?:]\s*$/.test(text.slice(0, wordStart));
}

/** At most three modifier words between a number and its noun, none of them glue words or numbers. */
function nounFollows(input: MetricInput, from: number, to: number): boolean {
  if (!spaced(input)) return to - from <= 12;
  const words = wordsIn(input.text, from, to);
  if (words.length > 3 || /[,;:.()]/.test(input.text.slice(from, to))) return false;
  return words.every(
    (w) => !/\d/.test(input.text.slice(w.start, w.end)) && !input.lex.glue.startingAt(input.text, w.start),
  );
}

/** "14,000 Lao students", "students from Laos", "lưu học sinh Lào". */
function carriesCountry(input: MetricInput, a: Amount, noun: Span, clause: Span): boolean {
  return input.countries.some(
    (c) =>
      (c.start >= a.end && c.end <= noun.start) ||
      (c.start >= noun.end && c.end <= clause.end && gap(input, noun.end, c.start) <= 2),
  );
}

function bindMeasure(input: MetricInput, cues: readonly Cue[], a: Amount): MetricBinding | null {
  const clause = input.clauseOf(a.start);
  const inClause = cues.filter((c) => c.start >= clause.start && c.end <= clause.end);
  const own = inClause.filter((c) => c.def.kind === 'measure' && c.def.units.includes(a.unit));
  const dist = (c: Cue) => (c.end <= a.start ? gap(input, c.end, a.start) : gap(input, a.end, c.start));
  const best = own.filter((c) => dist(c) <= 10).sort((x, y) => dist(x) - dist(y))[0];
  if (best)
    return { metric: best.def.metric, def: best.def, binding: 'cue', cue: best, via: null, noun: null };
  const money = nearestBefore(
    inClause.filter((c) => c.def.kind === 'money' && !c.def.weak),
    a.start,
    clause.start,
  );
  if (money && gap(input, money.end, a.start) <= 12)
    return {
      metric: `${money.def.metric}_volume`,
      def: money.def,
      binding: 'cue',
      cue: money,
      via: null,
      noun: null,
    };
  return null;
}
