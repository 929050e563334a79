/**
 * RSS 2.0 and Atom. An item whose full content (`content:encoded`, Atom
 * `content`) is substantial becomes a document; otherwise the pipeline asks
 * the caller to fetch its link, with the summary as the fallback document.
 */
import { XMLParser } from 'fast-xml-parser';
import type { DocumentMeta } from '../../model/document.ts';
import { agencyCode } from '../meta/agencies.ts';
import { normaliseDate } from '../meta/dates.ts';
import { toLanguage } from '../meta/language.ts';
import { domText } from './dom-text.ts';
import { parseDocument, withHeadline } from './html.ts';
import { defined, type ParsedItem, type Parser, type ParseSource } from './types.ts';
import { elementSpans, without } from './xml-split.ts';

/** Below this many characters of text, an item's content is a teaser: fetch the page instead. */
export const SUBSTANTIAL_CONTENT = 400;

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
});

type Node = Record<string, unknown>;

/** The text of an element however fast-xml-parser shaped it: string, `{ '#text' }`, or a list of those. */
function textOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object') return textOf((value as Node)['#text']);
  return undefined;
}

/** Atom `<link rel="alternate" href>` (or the first link); RSS `<link>` text. */
function linkOf(value: unknown): string | undefined {
  const links = Array.isArray(value) ? value : [value];
  const href = (l: unknown) =>
    l && typeof l === 'object' ? ((l as Node)['@_href'] as string | undefined) : undefined;
  const alternate = links.find(
    (l) => href(l) && [undefined, 'alternate'].includes((l as Node)['@_rel'] as string),
  );
  return href(alternate) ?? href(links[0]) ?? textOf(value);
}

export const parseFeed: Parser = (source) => {
  const { input, text } = source;
  const tag = source.format === 'atom' || /<feed[\s>]/.test(text.slice(0, 2048)) ? 'entry' : 'item';
  const spans = elementSpans(text, tag);
  let channel: Node;
  try {
    const parsed = xml.parse(without(text, spans)) as Node;
    channel = ((parsed.rss as Node | undefined)?.channel ?? parsed.feed ?? parsed['rdf:RDF'] ?? {}) as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [
      {
        kind: 'problem',
        origin: input.origin,
        problem: { code: 'INVALID_RECORD', message: `not a readable feed: ${message}` },
      },
    ];
  }
  const language = toLanguage(textOf(channel.language) ?? (channel['@_xml:lang'] as string | undefined));
  return spans.map((span, i) => item(source, span, i + 1, tag, language === 'und' ? {} : { language }));
};

function item(
  { input, format, text, slice }: ParseSource,
  span: { start: number; end: number },
  index: number,
  tag: string,
  channel: Partial<DocumentMeta>,
): ParsedItem {
  const origin = `${input.origin}#${index}`;
  let node: Node;
  try {
    node = ((xml.parse(text.slice(span.start, span.end)) as Node)[tag] ?? {}) as Node;
  } catch (error) {
    return {
      kind: 'problem',
      origin,
      problem: {
        code: 'INVALID_RECORD',
        message: `${tag} ${index} is not well-formed XML (${error instanceof Error ? error.message : error})`,
      },
    };
  }
  const title = textOf(node.title);
  const url = linkOf(node.link);
  const published = normaliseDate(
    textOf(node.pubDate) ?? textOf(node['dc:date']) ?? textOf(node.published) ?? textOf(node.updated),
  );
  const creator =
    textOf(node['dc:creator']) ?? textOf(node.author) ?? textOf((node.author as Node | undefined)?.name);
  const known = creator ? agencyCode(creator) : undefined;
  const meta = defined({ title, published, url, ...(known ? { source: known } : {}) });
  const name = textOf(node.guid) ?? textOf(node.id) ?? url ?? null;
  const content = textOf(node['content:encoded']) ?? textOf(node.content);
  const body = content ? domText(asRoot(content)) : undefined;
  if (body && body.text.length >= SUBSTANTIAL_CONTENT) {
    return {
      kind: 'record',
      origin,
      name,
      format,
      original: slice(span.start, span.end),
      ...withHeadline(title, body),
      mode: 'plain',
      meta,
      fallback: defined({ ...channel, ...(creator && !known ? { source: creator } : {}) }),
      perRecord: true,
    };
  }
  const summary = textOf(node.description) ?? textOf(node.summary) ?? content;
  if (!url) {
    const teaser = summary ? domText(asRoot(summary)) : { text: '', captions: [] };
    if (!teaser.text && !title)
      return {
        kind: 'problem',
        origin,
        problem: { code: 'INVALID_RECORD', message: `${tag} ${index} has no content and no link` },
      };
    return {
      kind: 'record',
      origin,
      name,
      format,
      original: slice(span.start, span.end),
      ...withHeadline(title, teaser),
      mode: 'plain',
      meta,
      fallback: channel,
      perRecord: true,
    };
  }
  // The summary as a small page whose <title> is the item's, so it reads like the fetched page would.
  const page = `<!doctype html><html><head><title>${escapeHtml(title ?? '')}</title></head><body>${summary ?? ''}</body></html>`;
  return {
    kind: 'fetch',
    origin,
    url,
    meta: defined({ title, published, url }),
    fallback: {
      origin,
      name,
      bytes: new TextEncoder().encode(page),
      format: 'html',
      meta: { ...channel, ...meta },
    },
  };
}

function asRoot(html: string): Parameters<typeof domText>[0] {
  return parseDocument(html).body as unknown as Parameters<typeof domText>[0];
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
