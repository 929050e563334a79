/**
 * The publication date written in a text's header: a leading ` date` line,
 * a labelled timestamp (`Update: …`, `Cập nhật: …`), a line that is only a
 * date (`06:30 11/09/2024`, `Thứ Hai, 11/9/2024`), or a date closing the
 * headline. Dates in the body are events, not publication, and are ignored.
 */
import { alternation, escapeForRegExp, MARKERS } from '../data.ts';
import type { Byline } from './byline.ts';
import { findDate, normaliseDate } from './dates.ts';
import { hasLetters, type Paragraph } from './paragraphs.ts';

/** How many paragraphs count as the header. */
const HEADER = 8;
/** A date line is short. */
const MAX_DATE_LINE = 80;
/** A labelled timestamp line (`Explainer · Published 28 January 2026 · Desk`) is short too. */
const MAX_LABELLED_LINE = 160;

const LABEL = new RegExp(`(?<!\\p{L})(?:${alternation(MARKERS.dateLabels)})\\s*:?\\s*`, 'iu');
const WEEKDAY = new RegExp(`(?<!\\p{L})(?:${alternation(MARKERS.weekdays)})(?!\\p{L})`, 'giu');
const TIME = /\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?/giu;
const ZONE = /(?:GMT|UTC)\s*[+-]?\s*\d{0,2}(?::?\d{2})?|\bICT\b/gu;
/** `Vientiane, 01/12/2025 (KPL) —`, `Viêng Chăn, ngày 3/12/2025 (TTXVN) –`: a dateline that carries the date. */
const DATELINE_DATE = new RegExp(
  `^\\p{L}[\\p{L} .']{1,30},\\s*(?:${escapeForRegExp(MARKERS.writtenDate.day)}\\s+)?([^()\\n]{4,30}?)\\s*(?:\\([^)]{1,30}\\))?\\s*[-–—]`,
  'iu',
);
const TRAILING = /^[\s)\]|,-]*(?:\d{1,2}[:h]\d{2}(?::\d{2})?)?[\s)\]]*$/u;

/** A line that says nothing but a date (with weekday, time, zone). */
export function isDateLine(text: string): boolean {
  if (text.length > MAX_DATE_LINE) return false;
  const found = findDate(text);
  if (!found) return false;
  const rest = `${text.slice(0, found.index)} ${text.slice(found.index + found.length)}`
    .replace(WEEKDAY, '')
    .replace(TIME, '')
    .replace(ZONE, '')
    .replace(LABEL, '');
  return !hasLetters(rest, 4);
}

/** The date right after a label such as `Update:`, if the paragraph has one. */
function labelledDate(text: string): string | null {
  if (text.length > MAX_LABELLED_LINE) return null;
  const label = LABEL.exec(text);
  if (!label) return null;
  const after = text.slice(label.index + label[0].length);
  const found = findDate(after);
  return found && found.index <= 12 ? found.value : null;
}

/** A date closing a line (`… with Laos (13/12/2010)`, `… 26/11/2025 16:20`), with where it starts. */
export function trailingDate(text: string): { value: string; index: number } | null {
  const found = findDate(text);
  if (!found || !TRAILING.test(text.slice(found.index + found.length))) return null;
  let index = found.index;
  while (index > 0 && /[\s(]/.test(text[index - 1]!)) index--;
  return { value: found.value, index };
}

export function readPublished(
  paragraphs: readonly Paragraph[],
  dateLine: string | null,
  byline: Byline,
): string | null {
  const fromLine = normaliseDate(dateLine);
  if (fromLine) return fromLine;
  const header = paragraphs.filter((p) => !p.caption).slice(0, HEADER);
  for (const p of header) {
    const value = labelledDate(p.text);
    if (value) return value;
  }
  for (const p of header) {
    if (isDateLine(p.text)) return findDate(p.text)!.value;
  }
  for (const p of header) {
    const dateline = DATELINE_DATE.exec(p.text);
    const value = dateline ? findDate(dateline[1]!)?.value : undefined;
    if (value) return value;
  }
  if (byline.published) return byline.published;
  const first = header[0];
  return first && first.text.length <= 200 ? (trailingDate(first.text)?.value ?? null) : null;
}
