/**
 * Day-level dates written with month names, read by chrono-node (strict
 * English): "February 5", "5 February 2026", "Jan. 26-27", "26 to 27 January",
 * "Thursday, May 24 2018", "December 30, 2025 to January 2, 2026".
 *
 * Only what chrono is good at is kept: results with a certain month *and* day
 * and a capitalised month name. Its guesses are dropped: a year it implied
 * (issue #469 rolls year-less dates into the wrong year) is discarded and
 * placed by our own year rule; month-only, weekday-only, numeric (US order)
 * and casual results ("today") come from the data patterns instead.
 */
import * as chrono from 'chrono-node';
import { maskForChrono } from './02-prepare.ts';
import type { LangTime } from './data.ts';
import type { Atom, Point } from './types.ts';

// Any fixed instant: implied (uncertain) components are ignored. A leap year
// keeps "February 29" parseable.
const FIXED = { instant: new Date(Date.UTC(2000, 5, 15, 12)), timezone: 0 };

/** Atoms chrono finds in one prepared sentence (see 02-prepare.ts), offsets shifted by `base`. */
export function chronoAtoms(sentence: string, base: number, lang: LangTime): Atom[] {
  if (!lang.chrono || !hasCapitalMonth(sentence, lang)) return [];
  const masked = maskForChrono(sentence, lang);
  const atoms: Atom[] = [];
  for (const r of chrono.en.strict.parse(masked, FIXED)) {
    const from = point(r.start);
    if (!from) continue;
    const to = r.end ? point(r.end) : undefined;
    // chrono's span may open with "on"/"at": start it at the first digit, month or weekday name.
    const lead = leadingNoise(r.text, lang);
    const text = r.text.slice(lead).replace(/[\s,;:.-]+$/u, '');
    // No capitalised month name: a numeric date (chrono reads 11/09 in US order) or a verb ("march").
    if (!hasCapitalMonth(text, lang)) continue;
    const start = base + r.index + lead;
    atoms.push({
      start,
      end: start + text.length,
      kind: to ? 'range' : 'date',
      from,
      to: to ?? { ...from },
      precision: 'day',
      rel: {},
    });
  }
  return atoms;
}

function point(c: chrono.ParsedComponents): Point | undefined {
  if (!c.isCertain('month') || !c.isCertain('day')) return undefined;
  const month = c.get('month');
  const day = c.get('day');
  if (month === null || day === null) return undefined;
  const year = c.isCertain('year') ? c.get('year') : null;
  return year === null ? { month, day } : { year, month, day };
}

function hasCapitalMonth(text: string, lang: LangTime): boolean {
  const re = lang.monthName;
  if (!re) return false;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!lang.capitalizedNames || /^\p{Lu}/u.test(m[0])) return true;
  }
  return false;
}

/** Length of the words before the first digit, month name or weekday name ("On ", "at "). */
function leadingNoise(text: string, lang: LangTime): number {
  let first = text.search(/\d/);
  for (const re of [lang.monthName, lang.weekdayName]) {
    if (!re) continue;
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m && (first < 0 || m.index < first)) first = m.index;
  }
  return Math.max(first, 0);
}
