/**
 * HTML: the main content (Mozilla Readability over linkedom), as one line
 * per block with captions marked, the headline first. Falls back to the
 * whole body when Readability finds no article.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Span } from '../../model/document.ts';
import { domText } from './dom-text.ts';
import { readHtmlMeta } from './html-meta.ts';
import type { Parser } from './types.ts';

type DomRoot = Parameters<typeof domText>[0];

/** Parses a page or a fragment (feed content) into a document linkedom can query. */
export function parseDocument(html: string): ReturnType<typeof parseHTML>['document'] {
  const page = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document;
}

/** A headline line followed by the body's lines; caption spans shifted to match. */
export function withHeadline(title: string | undefined, body: { text: string; captions: readonly Span[] }) {
  const headline = title?.replace(/\s+/g, ' ').trim();
  if (!headline || body.text.startsWith(headline)) return { raw: body.text, captionHints: body.captions };
  const shift = headline.length + 1;
  return {
    raw: body.text ? `${headline}\n${body.text}` : headline,
    captionHints: body.captions.map((c) => ({ start: c.start + shift, end: c.end + shift })),
  };
}

/** Class given to captions rewritten as paragraphs; dom-text reads it as a caption. */
const CAPTION = 'cohesion-caption';
const CAPTION_SELECTOR =
  '[class*="caption"], [class*="image_desc"], [class*="img_desc"], [class*="photo-desc"]';

/**
 * Readability drops `<figure>`s and image tables, captions included: turn
 * each caption into a plain paragraph first, so it stays with the article.
 */
function keepCaptions(document: ReturnType<typeof parseDocument>): void {
  for (const figure of Array.from(document.querySelectorAll('figure'))) {
    const caption = figure.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim();
    const p = document.createElement('p');
    p.className = CAPTION;
    p.textContent = caption || '';
    if (caption) figure.replaceWith(p);
  }
  for (const element of Array.from(document.querySelectorAll(CAPTION_SELECTOR))) {
    const caption = element.textContent?.replace(/\s+/g, ' ').trim();
    if (!caption || element.className === CAPTION) continue;
    const p = document.createElement('p');
    p.className = CAPTION;
    p.textContent = caption;
    const table = element.closest('table');
    // An image table (image row, caption row) goes whole; the caption replaces it.
    if (table && (table.textContent ?? '').replace(/\s+/g, ' ').trim() === caption) table.replaceWith(p);
    else element.replaceWith(p);
  }
}

export const parseHtml: Parser = ({ input, format, text }) => {
  const document = parseDocument(text);
  // Read the head before Readability, which rewrites the document it is given.
  const { meta, fallback } = readHtmlMeta(document);
  keepCaptions(document);
  let root: DomRoot | null = null;
  let articleTitle: string | undefined;
  try {
    const article = new Readability(document as unknown as Document, {
      keepClasses: true,
      serializer: (node: Node) => node,
    }).parse();
    root = (article?.content as unknown as DomRoot | undefined) ?? null;
    articleTitle = article?.title ?? undefined;
  } catch {
    root = null;
  }
  const body = domText(root ?? (parseDocument(text).body as unknown as DomRoot));
  return [
    {
      kind: 'record',
      origin: input.origin,
      name: input.name,
      format,
      original: input.bytes,
      ...withHeadline(meta.title ?? articleTitle, body),
      mode: 'plain',
      meta,
      fallback,
      perRecord: false,
    },
  ];
};
