/**
 * Dates as news pages write them, read to `YYYY-MM-DD` as written: no time
 * zone conversion (a Hanoi page's `2025-12-04T08:00:00+07:00` is 4 December).
 * Numeric dates are day/month/year, the Vietnamese convention.
 */
import { alternation, escapeForRegExp, MARKERS } from '../data.ts';

export interface FoundDate {
  /** `YYYY-MM-DD`. */
  readonly value: string;
  readonly index: number;
  readonly length: number;
}

const MONTH_NUMBER = new Map<string, number>();
MARKERS.months.forEach((names, i) => {
  for (const name of names) MONTH_NUMBER.set(name.toLowerCase(), i + 1);
});
const MONTH = alternation(MARKERS.months.flat());
const DAY_WORD = escapeForRegExp(MARKERS.writtenDate.day);
const MONTH_WORD = escapeForRegExp(MARKERS.writtenDate.month);
const YEAR_WORD = escapeForRegExp(MARKERS.writtenDate.year);

type Reader = (m: RegExpExecArray) => [year: number, month: number, day: number];

const month = (name: string | undefined) =>
  MONTH_NUMBER.get((name ?? '').toLowerCase().replace(/\.$/, '')) ?? 0;

const PATTERNS: readonly (readonly [RegExp, Reader])[] = [
  // 2025-12-04, 2025-12-04T08:00:00+07:00
  [/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/, (m) => [+m[1]!, +m[2]!, +m[3]!]],
  // 11/09/2024, 11/9/2024, 2-12-2025, 05.02.2018 (day first)
  [/(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/, (m) => [+m[3]!, +m[2]!, +m[1]!]],
  // December 2, 2025; May 24 2018; July, 10/2013
  [
    new RegExp(
      `(?<!\\p{L})(${MONTH})\\.?,?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+|/)(\\d{4})(?!\\d)`,
      'iu',
    ),
    (m) => [+m[3]!, month(m[1]), +m[2]!],
  ],
  // 2 December 2025; Thu, 05 Feb 2026 18:10:00 +0700
  [
    new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})\\.?,?\\s+(\\d{4})(?!\\d)`, 'iu'),
    (m) => [+m[3]!, month(m[2]), +m[1]!],
  ],
  // ngày 5 tháng 2 năm 2018
  [
    new RegExp(
      `${DAY_WORD}\\s+(\\d{1,2})\\s+${MONTH_WORD}\\s+(\\d{1,2})\\s*,?\\s*${YEAR_WORD}\\s+(\\d{4})`,
      'iu',
    ),
    (m) => [+m[3]!, +m[2]!, +m[1]!],
  ],
];

const pad = (n: number) => String(n).padStart(2, '0');

function valid(year: number, monthNo: number, day: number): string | null {
  if (year < 1900 || year > 2100 || monthNo < 1 || monthNo > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, monthNo, 0)).getUTCDate()) return null;
  return `${year}-${pad(monthNo)}-${pad(day)}`;
}

/**
 * The first date written in `text`.
 * @example findDate('Thứ Hai, 11/9/2024 06:30')?.value === '2024-09-11'
 */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const [pattern, read] of PATTERNS) {
    const m = pattern.exec(text);
    if (!m || (best && m.index >= best.index)) continue;
    let [year, monthNo, day] = read(m);
    // 12/31/2024 cannot be day/month: read it the American way.
    if (monthNo > 12 && day <= 12) [monthNo, day] = [day, monthNo];
    const value = valid(year, monthNo, day);
    if (value) best = { value, index: m.index, length: m[0].length };
  }
  return best;
}

/**
 * A date value to `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (as precise as given);
 * null when nothing can be read.
 * @example normaliseDate('2025-12-04T08:00:00+07:00') === '2025-12-04'
 */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const partial = /^\s*(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?\s*$/.exec(value);
  if (partial) {
    const [, y, m, d] = partial;
    if (d) return valid(+y!, +m!, +d);
    if (m) return +m >= 1 && +m <= 12 && +y! >= 1900 && +y! <= 2100 ? `${y}-${m}` : null;
    return +y! >= 1900 && +y! <= 2100 ? y! : null;
  }
  return findDate(value)?.value ?? null;
}
