/**
 * A headline: the first real line of the text when it looks like one
 * (short, no closing period, not a dateline or a credit). Date lines, page
 * furniture and captions above it are skipped.
 */
import { alternation, MARKERS } from '../data.ts';
import { hasLetters, type Paragraph } from './paragraphs.ts';
import { isDateLine, trailingDate } from './published.ts';

const LOOK_AHEAD = 6;
const MAX_TITLE = 180;
/** Lines with fewer letters are furniture (`0`, `Latest`), skipped on the way to the headline. */
const MIN_LETTERS = 12;

const SOURCE_LINE = new RegExp(`^\\(?(?:${alternation(MARKERS.sourceLabels)})\\s*:`, 'iu');
/** `HANOI —`, `Hanoi (VNA) –`, `(VOV5) -`: the lead of a story, not its headline. */
const DATELINE = /^\p{Lu}[\p{Lu} .']{1,30}\s*[-–—]\s|^(?:\p{L}[\p{L} .']{0,40})?\([^)]{1,30}\)\s*[-–—]/u;

export function readTitle(paragraphs: readonly Paragraph[]): string | null {
  for (const p of paragraphs.slice(0, LOOK_AHEAD)) {
    if (p.caption || isDateLine(p.text) || SOURCE_LINE.test(p.text)) continue;
    if (!hasLetters(p.text, MIN_LETTERS)) continue;
    return looksLikeHeadline(p.text) ? withoutTrailingDate(p.text) : null;
  }
  return null;
}

function looksLikeHeadline(text: string): boolean {
  if (text.length > MAX_TITLE || /[.:;,…]$/u.test(text) || DATELINE.test(text)) return false;
  // Lao is written without spaces between words: count length instead.
  return text.split(' ').length >= 3 || !text.includes(' ');
}

function withoutTrailingDate(text: string): string {
  const found = trailingDate(text);
  return found && found.index > 0 ? text.slice(0, found.index).trim() : text;
}
