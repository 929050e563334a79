/**
 * Where each `<item>` (RSS) or `<entry>` (Atom) starts and ends in the feed
 * text, skipping CDATA and comments, so that each keeps its own bytes.
 */
import type { Span } from '../../model/document.ts';

export function elementSpans(xml: string, tag: string): Span[] {
  const spans: Span[] = [];
  const pattern = new RegExp(`<(/?)${tag}(?=[\\s>/])|<!\\[CDATA\\[|<!--`, 'g');
  let depth = 0;
  let start = -1;
  for (let m = pattern.exec(xml); m; m = pattern.exec(xml)) {
    if (m[0] === '<![CDATA[' || m[0] === '<!--') {
      const close = xml.indexOf(m[0] === '<!--' ? '-->' : ']]>', m.index);
      if (close < 0) break;
      pattern.lastIndex = close + 3;
      continue;
    }
    const gt = xml.indexOf('>', m.index);
    if (gt < 0) break;
    if (m[1] !== '/') {
      if (xml[gt - 1] === '/') continue; // <item/>: empty
      if (depth === 0) start = m.index;
      depth++;
    } else if (depth > 0) {
      depth--;
      if (depth === 0) spans.push({ start, end: gt + 1 });
    }
  }
  return spans;
}

/** The text with the given spans cut out (the channel without its items). */
export function without(xml: string, spans: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += xml.slice(at, s.start);
    at = s.end;
  }
  return out + xml.slice(at);
}
