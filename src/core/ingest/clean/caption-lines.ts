/**
 * Lines that describe a photo even without markup: they end in a photo
 * credit (`… Photo: VNA`, `(Ảnh: TTXVN)`, `— VNA/VNS Photo Name`), in a
 * parenthesised source after a phrase (`… Sisoulith (Source: VNA)`), or carry
 * a position note (`(R)`, `(thứ hai từ trái)`) and no closing period.
 */
import { alternation, MARKERS } from '../data.ts';

/** Longer lines are paragraphs that happen to end in a credit. */
const MAX_CAPTION = 400;
const MAX_POSITION_CAPTION = 300;

const PHOTO = alternation(MARKERS.photoLabels);
const LABEL_END = '(?=[\\s:.,)]|$)';
const CREDIT = new RegExp(
  `(?:(?:^|[\\s(\\[.,;/\\-–—])(?:${PHOTO})\\s*:\\s*\\S.{0,60}|[(\\[\\-–—]\\s*(?:${PHOTO})${LABEL_END}.{0,60})$`,
  'iu',
);
const AGENCY_PHOTO = new RegExp(`\\p{Lu}{2,}(?:/\\p{Lu}{2,})*\\s+(?:${PHOTO})${LABEL_END}.{0,60}$`, 'u');
const SOURCE_NOTE = new RegExp(
  `[^.!?…\\s]\\s*\\((?:${alternation(MARKERS.sourceLabels)})\\s*:[^)]{1,40}\\)$`,
  'iu',
);
const POSITION = new RegExp(`\\((?:${alternation(MARKERS.captionPositions)})(?:,[^)]{0,20})?\\)`, 'iu');
const CLOSED = /[.!?…"”]$/u;
const ANY_PHOTO_LABEL = new RegExp(PHOTO, 'iu');

export function isCaptionLine(text: string): boolean {
  if (text.length > MAX_CAPTION) return false;
  if (ANY_PHOTO_LABEL.test(text) && (CREDIT.test(text) || AGENCY_PHOTO.test(text))) return true;
  if (text.endsWith(')') && SOURCE_NOTE.test(text)) return true;
  return text.length <= MAX_POSITION_CAPTION && !CLOSED.test(text) && POSITION.test(text);
}
