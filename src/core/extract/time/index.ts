/**
 * Time expressions: every date, range, period and deadline a news text
 * mentions, as spans with ISO dates resolved against a reference (usually the
 * publication date). Pure: the only I/O is reading knowledge/lang/<code>/time.yaml
 * once per language.
 *
 * Per sentence:
 *   01-sentences  scope and chunk the text (a stated year is lent within a sentence)
 *   02-prepare    length-preserving rewrites; masks chrono's misreadings
 *   03-patterns   data patterns (years, months, periods, Vietnamese and Lao dates, relative words)
 *   04-chrono     English day-level dates via chrono-node, its guesses discarded
 *   05-combine    settle overlaps; fold in "last", "late", "by", "… last year"
 *   06-resolve    the year rule (see there) and relative dates → TimeMention
 */
export { findTimes, placeTimes, type ScannedTimes, scanTimes } from './find.ts';
export { referenceDate } from './reference.ts';
export type { Part, Precision, TimeContext, TimeMention } from './types.ts';
