/**
 * Step 6: the period a figure covers, from the sentence's time mentions.
 * The nearest time of the amount's clause wins, else the nearest of the
 * sentence; the base of a comparison ("up 8.5 percent from the previous
 * year", "so với năm 2021") is never the period. Running totals of a stock
 * ("total registered capital", "has invested") are `cumulative`; a flow "by
 * the end of September" is the year so far (`2014-01/2014-09`); a present-
 * tense figure without a time covers the year of publication.
 */
import type { Span } from '../../model/document.ts';
import type { Amount, TimeMention } from './context.ts';
import type { FigureLexicon, MetricDef } from './data.ts';
import { wordsBetween } from './phrases.ts';

export interface PeriodInput {
  readonly text: string;
  readonly lex: FigureLexicon;
  readonly amounts: readonly Amount[];
  readonly times: readonly TimeMention[];
  readonly reference: string | null;
}

/** Format a time's bound to its precision: `2018`, `2018-05`, `2018-05-04`. */
export function bound(value: string, precision: TimeMention['precision']): string {
  return value.slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10);
}

export function formatTime(t: TimeMention): string {
  const from = bound(t.from, t.precision);
  const to = bound(t.to, t.precision);
  return from === to ? from : `${from}/${to}`;
}

/**
 * "Between 2011 and 2021" may come as two dates; it is one range. The lead
 * word may sit inside the first span or just before it, the link inside the
 * second or between them.
 */
export function joinRanges(text: string, lex: FigureLexicon, times: readonly TimeMention[]): TimeMention[] {
  const out: TimeMention[] = [];
  for (let i = 0; i < times.length; i++) {
    const a = times[i]!;
    const b = times[i + 1];
    const lead = lex.rangeLeads
      .all(text, Math.max(0, a.start - 12), a.end)
      .find((h) => wordsBetween(text, h.end, a.end) <= 2);
    const firstDigit = b ? b.start + Math.max(0, text.slice(b.start, b.end).search(/\d/)) : 0;
    const link = b ? lex.rangeJoins.all(text, a.end, firstDigit).at(0) : undefined;
    const joined =
      b && link && !/\S/.test(text.slice(a.end, link.start)) && !/\S/.test(text.slice(link.end, firstDigit));
    if (b && lead && joined && a.kind !== 'deadline' && b.from >= a.from) {
      const precision = a.precision === b.precision ? a.precision : 'year';
      out.push({ start: a.start, end: b.end, kind: 'range', from: a.from, to: b.to, precision });
      i++;
    } else out.push(a);
  }
  return out;
}

/** Times that are not the base of a comparison, with split ranges joined. */
export function usableTimes(input: PeriodInput): TimeMention[] {
  const { text, lex } = input;
  const gap = (a: number, b: number) => wordsBetween(text, a, b, lex.spaced);
  return joinRanges(text, lex, input.times).filter((t) => {
    const strong = lex.comparisonStrong.endingAt(text, t.start, 30);
    if (strong && gap(strong.end, t.start) <= 2) return false;
    const weak = lex.comparisonWeak.endingAt(text, t.start, 12);
    if (!weak || gap(weak.end, t.start) > 0) return true;
    // "from the previous year" compares only right after a change ("up 8.5 percent from …")
    return !input.amounts.some(
      (a) => a.kind === 'percent' && a.end <= weak.start && gap(a.end, weak.start) <= 3,
    );
  });
}

const distance = (a: Span, b: Span) =>
  a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;

/** Where a period came from: a time of the sentence, a running-total word, the present tense, the sentences before. */
export type PeriodSource = 'time' | 'cumulative' | 'present' | 'carried' | 'unplaced' | 'none';

export function periodOf(
  input: PeriodInput,
  usable: readonly TimeMention[],
  a: Amount,
  def: MetricDef,
  clause: Span,
): { value: string | null; source: PeriodSource } {
  const { text, lex } = input;
  if (def.stock && lex.cumulative.test(text, clause.start, clause.end))
    return { value: 'cumulative', source: 'cumulative' };
  const inClause = usable.filter((t) => t.start >= clause.start && t.end <= clause.end);
  const pool = inClause.length > 0 ? inClause : usable;
  const time = [...pool].sort((x, y) => distance(x, a) - distance(y, a))[0];
  if (time) {
    // "by the end of September": the phrase may begin before the time span or open it
    const ytd = lex.yearToDate
      .all(text, Math.max(0, time.start - 40), time.end)
      .find((h) =>
        h.start >= time.start
          ? h.start <= time.start + 1
          : h.end > time.start || wordsBetween(text, h.end, time.start, lex.spaced) <= 2,
      );
    if (!def.stock && ytd && time.precision === 'month' && time.from === time.to) {
      const end = bound(time.to, 'month');
      return { value: `${end.slice(0, 4)}-01/${end}`, source: 'time' };
    }
    return { value: formatTime(time), source: 'time' };
  }
  // "Last year, exports reached …, while imports …" with no reference date: the year is unknown
  // for the whole sentence, not the one stated before.
  const unplaced = lex.relativeTimes
    .all(text)
    .some((h) => !input.times.some((t) => t.start <= h.start && h.end <= t.end));
  if (unplaced) return { value: null, source: 'unplaced' };
  if (lex.present.test(text, clause.start, clause.end)) {
    return input.reference
      ? { value: input.reference.slice(0, 4), source: 'present' }
      : { value: null, source: 'present' };
  }
  return { value: null, source: 'none' };
}

/** A target's deadline: the latest non-comparison time of its clause, preferring those after the amount. */
export function deadlineOf(
  input: PeriodInput,
  usable: readonly TimeMention[],
  a: Amount,
  clause: Span,
): string | null {
  const { text, lex } = input;
  // "Since 2012 / Từ năm 2012 đến nay, … the target of 10-15%": a start, not a deadline.
  const start = (t: TimeMention) => {
    const lead = lex.rangeLeads.all(text, Math.max(0, t.start - 12), t.end).at(0);
    return lead !== undefined && wordsBetween(text, lead.end, t.end, lex.spaced) <= 2;
  };
  const inClause = usable.filter((t) => t.start >= clause.start && t.end <= clause.end && !start(t));
  const after = inClause.filter((t) => t.start >= a.end);
  const pool = after.length > 0 ? after : inClause;
  const latest = [...pool].sort((x, y) => (bound(y.to, 'day') > bound(x.to, 'day') ? 1 : -1))[0];
  return latest ? bound(latest.to, latest.precision) : null;
}
