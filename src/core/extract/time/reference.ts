/**
 * The date that year-less expressions are resolved against: the publication
 * date when known, else the best the text itself offers.
 */
import type { KnownLanguage } from '../../model/document.ts';
import { parseReference } from './calendar.ts';
import { timeData } from './data.ts';
import { findTimes } from './find.ts';
import type { TimeMention } from './types.ts';

/** A leading " date 2020-01-04" line, as the corpus files carry. */
const DATE_LINE = /^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?!\d)/u;
/** A clock time next to a date marks a page's timestamp: "06:30 11/09/2024", "17/09/2014 06:42". */
const CLOCK_BEFORE = /(?<!\d)\d{1,2}:\d{2}[\s|,\-–—]*$/u;
const CLOCK_AFTER = /^[\s|,\-–—]*\d{1,2}:\d{2}(?!\d)/u;

/**
 * In order: `published`; a leading ` date YYYY-MM-DD` line; a timestamp (a
 * full date beside a clock time or after "Updated:"/"Cập nhật:"); the latest
 * full date (day precision, year stated) in the text; the latest month with a
 * stated year ("December 2025" gives `2025-12`, and `findTimes` treats such a
 * reference by rule 3 of the year rule); the end of the latest year-to-date
 * period ("the first five months of 2018"). A bare year is not used ("achievements
 * in 2017" says little about when the text was written). Null when none.
 *
 * `mentions` gives the text's time mentions placed without a reference, in
 * document offsets; a caller that has scanned the text already passes them
 * (see extract/index.ts) instead of paying for a second scan.
 *
 * @example referenceDate(null, 'Hanoi, 14:34 | 10/01/2025. On January 9 …', 'vi') === '2025-01-10'
 */
export function referenceDate(
  published: string | null,
  text: string,
  language: KnownLanguage,
  mentions: () => readonly TimeMention[] = () => findTimes(text, { reference: null, language }),
): string | null {
  if (published !== null && parseReference(published)) return published;
  const line = DATE_LINE.exec(text)?.[1];
  if (line !== undefined && parseReference(line)) return line;
  const found = mentions();
  const explicit = found.filter((m) => m.kind === 'date' && !m.relative);
  const days = explicit.filter((m) => m.precision === 'day');
  const stamp = days.find((m) => isTimestamp(text, m, language));
  if (stamp) return stamp.from;
  return latest(days) ?? latest(explicit.filter((m) => m.precision === 'month')) ?? yearToDate(found);
}

/**
 * Last resort: the end of the latest year-to-date period the text reports
 * ("in the first five months of 2018" → `2018-05`). Such figures are news
 * when the period has just closed, so it places "last year" and "this year".
 */
function yearToDate(found: readonly TimeMention[]): string | null {
  const periods = found.filter(
    (m) =>
      m.kind === 'period' && !m.relative && m.from.endsWith('-01') && m.from.slice(0, 4) === m.to.slice(0, 4),
  );
  let best: string | null = null;
  for (const m of periods) if (best === null || m.to > best) best = m.to;
  return best;
}

function isTimestamp(text: string, m: TimeMention, language: KnownLanguage): boolean {
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  if (CLOCK_BEFORE.test(before) || CLOCK_AFTER.test(text.slice(m.end, m.end + 12))) return true;
  return timeData(language).publishedBefore?.test(before) ?? false;
}

function latest(ms: readonly TimeMention[]): string | null {
  let best: string | null = null;
  for (const m of ms) if (best === null || m.from > best) best = m.from;
  return best;
}
