/**
 * Atoms to calendar dates.
 *
 * THE YEAR RULE — where a date written without a year ("February 5",
 * "tháng 9", "late December") goes, in this order:
 *
 * 1. A year stated in the same sentence is lent to it when the month is the
 *    same ("in January 2026 … on January 26 to 27"), or, when there is no
 *    reference, whatever the month.
 * 2. Against a day-precision reference R (the publication date): R's year,
 *    unless that puts the date more than six months after R — then the year
 *    before. News mostly reports what has happened, so with R = 2026-02-02
 *    "February 5" is 2026-02-05, "January 26" 2026-01-26 and "December 20"
 *    2025-12-20; with R = 2024-01-08 "late December" is 2023-12.
 *    In a sentence that speaks of the future ("will", "sẽ", "dự kiến" — the
 *    `future` list in time.yaml) the rule is turned round: R's year, unless
 *    that puts the date more than a month *before* R — then the year after.
 * 3. Against a month- or year-precision reference (a partial publication date
 *    such as "2022-07", or one inferred from the text by `referenceDate`):
 *    there is no "today" to be in the past of, so the date goes to whichever
 *    year puts it nearest the middle of the reference month (ties: the
 *    earlier); a year reference simply gives its year.
 * 4. No reference and no year in the sentence: the date is dropped rather
 *    than guessed (so are weekdays, "yesterday", "next year").
 *
 * chrono's own choice of year is never used (upstream issue #469: it rolls a
 * year-less date into the next or previous year when the reference is months
 * away).
 */
import { addDays, formatPoint, isValidPoint, MONTH, ordinal, type Reference, weekdayOf } from './calendar.ts';
import type { Atom, Point, TimeMention } from './types.ts';

const SIX_MONTHS = 6 * MONTH;

export interface Scope {
  readonly text: string;
  readonly reference: Reference | undefined;
  /** The sentence speaks of the future. */
  readonly future: boolean;
}

/** The mentions of one sentence's atoms, in text order; atoms that cannot be placed are dropped. */
export function resolve(atoms: readonly Atom[], scope: Scope): TimeMention[] {
  const out: TimeMention[] = [];
  for (const atom of atoms) {
    const m = place(atom, atoms, scope);
    if (m) out.push(m);
  }
  return out;
}

function place(atom: Atom, sentence: readonly Atom[], scope: Scope): TimeMention | undefined {
  const placed = anchor(atom, sentence, scope);
  if (!placed) return undefined;
  const { from, to, relative } = placed;
  if (!isValidPoint(from) || !isValidPoint(to)) return undefined;
  const f = formatPoint(from, atom.precision);
  const t = formatPoint(to, atom.precision);
  if (f === undefined || t === undefined || t < f) return undefined;
  return {
    start: atom.start,
    end: atom.end,
    text: scope.text.slice(atom.start, atom.end),
    kind: atom.deadline ? 'deadline' : atom.kind,
    from: f,
    to: t,
    precision: atom.precision,
    relative,
    ...(atom.part && { part: atom.part }),
  };
}

interface Placed {
  from: Point;
  to: Point;
  relative: boolean;
}

function anchor(atom: Atom, sentence: readonly Atom[], scope: Scope): Placed | undefined {
  const ref = scope.reference;
  const { rel } = atom;
  if (rel.days !== undefined || rel.weekday !== undefined) {
    if (ref?.month === undefined || ref.day === undefined) return undefined;
    const r = { year: ref.year, month: ref.month, day: ref.day };
    const d = rel.days !== undefined ? addDays(r, rel.days) : addDays(r, weekdayShift(rel, r, scope.future));
    return { from: d, to: d, relative: true };
  }
  if (rel.months !== undefined) {
    if (ref?.month === undefined) return undefined;
    const n = ref.year * 12 + ref.month - 1 + rel.months;
    const p = { year: Math.floor(n / 12), month: (n % 12) + 1 };
    return { from: p, to: p, relative: true };
  }
  if (atom.from.year !== undefined || atom.to.year !== undefined) return ends(atom, undefined, false);
  if (rel.years !== undefined) return ref ? ends(atom, ref.year + rel.years, true) : undefined;
  if (atom.from.month === undefined) return undefined;
  if (rel.modifier !== undefined) {
    const year = modifierYear(atom.from.month, rel.modifier, ref);
    return year === undefined ? undefined : ends(atom, year, true);
  }
  const year =
    sentenceYear(atom, sentence, ref !== undefined) ?? (ref && ruleYear(atom.from, ref, scope.future));
  return year === undefined ? undefined : ends(atom, year, true);
}

/** Completes both ends from one known year: "30 December - 2 January 2026" starts in 2025. */
function ends(atom: Atom, year: number | undefined, relative: boolean): Placed {
  const from = { ...atom.from };
  const to = { ...atom.to };
  if (year !== undefined) from.year = year;
  if (from.year === undefined && to.year !== undefined) from.year = to.year - (after(from, to) ? 1 : 0);
  if (to.year === undefined && from.year !== undefined) to.year = from.year + (after(from, to) ? 1 : 0);
  return { from, to, relative };
}

/** Is `a` later in the year than `b` (month and day only)? */
const after = (a: Point, b: Point): boolean =>
  (a.month ?? 1) * 32 + (a.day ?? 1) > (b.month ?? 12) * 32 + (b.day ?? 31);

/** Rule 1: a year stated in the same sentence. */
function sentenceYear(atom: Atom, sentence: readonly Atom[], hasReference: boolean): number | undefined {
  let best: { year: number; distance: number } | undefined;
  for (const other of sentence) {
    const year = other.from.year;
    if (other === atom || year === undefined || other.deadline || other.to.year !== year) continue;
    if (hasReference && other.from.month !== atom.from.month) continue;
    const distance = Math.abs(other.start - atom.start);
    if (!best || distance < best.distance) best = { year, distance };
  }
  return best?.year;
}

/** Rules 2 and 3. */
export function ruleYear(p: Point, ref: Reference, future: boolean): number {
  const month = p.month ?? 1;
  if (ref.month === undefined) return ref.year;
  if (ref.day === undefined) {
    const mid = ordinal(ref.year, ref.month, 15);
    const candidates = [ref.year - 1, ref.year, ref.year + 1];
    const dist = (y: number): number => Math.abs(ordinal(y, month, p.day ?? 15) - mid);
    return candidates.reduce((best, y) => (dist(y) < dist(best) ? y : best));
  }
  const r = ordinal(ref.year, ref.month, ref.day);
  if (future) {
    const last = ordinal(ref.year, month, p.day ?? 31);
    return r - last > MONTH ? ref.year + 1 : ref.year;
  }
  const first = ordinal(ref.year, month, p.day ?? 1);
  return first - r > SIX_MONTHS ? ref.year - 1 : ref.year;
}

/** "last September": the one before the reference month; "next" the one after; "this" the reference year's. */
function modifierYear(month: number, modifier: number, ref: Reference | undefined): number | undefined {
  if (!ref) return undefined;
  if (modifier === 0) return ref.year;
  if (ref.month === undefined) return undefined;
  if (modifier < 0) return month < ref.month ? ref.year : ref.year - 1;
  return month > ref.month ? ref.year : ref.year + 1;
}

/**
 * Days from the reference to a weekday: by default the most recent one on or
 * before the reference (news reports the past: "talks on Tuesday"); in a
 * future sentence or after "next", the first one on or after it; after
 * "last", strictly before it.
 */
function weekdayShift(
  rel: Atom['rel'],
  ref: { year: number; month: number; day: number },
  future: boolean,
): number {
  const today = weekdayOf(ref);
  const w = rel.weekday ?? today;
  const back = (today - w + 7) % 7;
  const ahead = (w - today + 7) % 7;
  if (rel.modifier !== undefined && rel.modifier < 0) return -(back || 7);
  if (rel.modifier !== undefined && rel.modifier > 0) return ahead || 7;
  return future ? ahead : -back;
}
