/**
 * A byline block: `By Name` and, on the next line, the outlet and maybe the
 * date (`Vientiane Tribune, 26 Aug 2025`). Weaker than a dateline agency.
 */
import { alternation, MARKERS } from '../data.ts';
import { findDate } from './dates.ts';
import type { Paragraph } from './paragraphs.ts';

const HEADER = 8;
const MAX_OUTLET_LINE = 80;
const MAX_OUTLET_WORDS = 5;
const BYLINE = new RegExp(`^(?:${alternation(MARKERS.bylineLabels)})\\s*:?\\s+\\p{Lu}`, 'u');

export interface Byline {
  readonly source: string | null;
  readonly published: string | null;
}

export function readByline(paragraphs: readonly Paragraph[]): Byline {
  const header = paragraphs.filter((p) => !p.caption).slice(0, HEADER);
  const at = header.findIndex((p) => BYLINE.test(p.text) && p.text.length <= MAX_OUTLET_LINE);
  const next = at >= 0 ? header[at + 1]?.text : undefined;
  if (!next || next.length > MAX_OUTLET_LINE) return { source: null, published: null };
  const date = findDate(next);
  const outlet = (date ? next.slice(0, date.index) : next).replace(/[\s,·|–—-]+$/u, '').trim();
  const words = outlet.split(/\s+/).length;
  return {
    source: outlet && words <= MAX_OUTLET_WORDS && !/[.!?]$/.test(outlet) ? outlet : null,
    published: date?.value ?? null,
  };
}
