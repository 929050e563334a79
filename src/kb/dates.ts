/**
 * Partial ISO dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as intervals. A partial
 * date stands for every day it could mean, so `2021-03` overlaps an office
 * that ends on 2021-03-22 and one that starts that day. Bounds are compared as
 * strings: ISO order is string order, and day `31` works as the end of any
 * month because the bound is only ever compared, never displayed.
 */

/**
 * The first day a partial date can denote.
 * @example lowerBound('2016-04') === '2016-04-01'
 */
export function lowerBound(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/**
 * The last day a partial date can denote (day 31 stands for the month's end).
 * @example upperBound('2016') === '2016-12-31'
 */
export function upperBound(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-31`;
  return date;
}

/**
 * Whether the span `start..end` (either open when null or undefined) shares
 * at least one possible day with the partial date `date`.
 * @example overlaps('2016-04-20', '2021-03-22', '2021-03') === true
 */
export function overlaps(
  start: string | null | undefined,
  end: string | null | undefined,
  date: string,
): boolean {
  if (start != null && lowerBound(start) > upperBound(date)) return false;
  if (end != null && upperBound(end) < lowerBound(date)) return false;
  return true;
}

/** Whether `start` can come no later than `end` (the same partial date is fine). */
export function ordered(start: string, end: string): boolean {
  return lowerBound(start) <= upperBound(end);
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether a string already shaped like a partial ISO date names a real month and day. */
export function isCalendarDate(date: string): boolean {
  const [, month, day] = date.split('-').map(Number);
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const year = Number(date.slice(0, 4));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const max = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]!;
  return day >= 1 && day <= max;
}
