/**
 * DOM → plain text, one block element a line, with photo captions
 * (`<figcaption>`, caption-classed elements, lone images' alt text) on lines
 * of their own and recorded as caption hints. Navigation-like lists (menus,
 * province lists: many short links) and share/related widgets are skipped.
 */
import type { Span } from '../../model/document.ts';

interface DomNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly localName?: string;
  readonly textContent: string | null;
  getAttribute?(name: string): string | null;
  querySelector?(selector: string): DomNode | null;
  querySelectorAll?(selector: string): ArrayLike<DomNode>;
  closest?(selector: string): DomNode | null;
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'form',
  'button',
  'nav',
  'select',
  'input',
  'textarea',
  'video',
  'audio',
  'canvas',
  'object',
  'embed',
  'head',
  'title',
  'meta',
  'link',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'figure',
  'address',
  'hr',
  'center',
  'body',
  'html',
]);
const CELL = new Set(['td', 'th']);
const CAPTION_CLASS =
  /caption|image[-_]?desc|img[-_]?desc|photo[-_]?desc|desc[-_]?(?:img|image|photo)|expnoedit/i;
const WIDGET_CLASS =
  /(?:^|[\s_-])(?:share|sharing|social|related|breadcrumbs?|tags?|comments?|advert|ads|banner|newsletter|menu|navbar|sidebar|subscribe|print|rating|author-box|footer)(?:$|[\s_-])/i;
/** A list is navigation when it has this many items, mostly links, each short. */
const NAV_LIST_ITEMS = 4;
const NAV_LINK_SHARE = 0.8;
const NAV_ITEM_CHARS = 40;
const MIN_ALT_WORDS = 3;

export interface DomText {
  readonly text: string;
  readonly captions: readonly Span[];
}

export function domText(root: DomNode): DomText {
  const lines: string[] = [];
  const captions: Span[] = [];
  let length = 0;
  let line = '';
  const flush = () => {
    const trimmed = line.trim();
    if (trimmed) {
      if (lines.length > 0) length += 1;
      lines.push(trimmed);
      length += trimmed.length;
    }
    line = '';
  };
  const caption = (walk: () => void) => {
    flush();
    const start = length + (lines.length > 0 ? 1 : 0);
    const count = lines.length;
    walk();
    flush();
    if (lines.length > count) captions.push({ start, end: length });
  };
  const visit = (node: DomNode): void => {
    if (node.nodeType === 3) {
      line += (node.nodeValue ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.localName ?? '';
    if (SKIP.has(tag)) return;
    const cls = `${node.getAttribute?.('class') ?? ''} ${node.getAttribute?.('id') ?? ''}`;
    if (tag !== 'body' && tag !== 'article' && WIDGET_CLASS.test(cls)) return;
    if ((tag === 'ul' || tag === 'ol') && isNavigationList(node)) return;
    if (tag === 'br') {
      flush();
      return;
    }
    if (tag === 'img') {
      const alt = (node.getAttribute?.('alt') ?? '').trim();
      if (
        alt.split(/\s+/).length >= MIN_ALT_WORDS &&
        !node.closest?.('figure')?.querySelector?.('figcaption')
      )
        caption(() => {
          line += alt;
        });
      return;
    }
    if (tag === 'figcaption' || CAPTION_CLASS.test(cls)) {
      caption(() => children(node));
      return;
    }
    if (CELL.has(tag)) line += ' ';
    const block = BLOCK.has(tag);
    if (block) flush();
    children(node);
    if (block) flush();
  };
  const children = (node: DomNode) => {
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) visit(kids[i]!);
  };
  visit(root);
  flush();
  return { text: lines.join('\n'), captions };
}

function isNavigationList(list: DomNode): boolean {
  const items = Array.from(list.childNodes).filter((n) => n.localName === 'li');
  if (items.length < NAV_LIST_ITEMS) return false;
  let total = 0;
  let linked = 0;
  for (const item of items) {
    total += (item.textContent ?? '').trim().length;
    const links = item.querySelectorAll?.('a') ?? [];
    for (let k = 0; k < links.length; k++) linked += (links[k]!.textContent ?? '').trim().length;
  }
  return total > 0 && linked / total >= NAV_LINK_SHARE && total / items.length <= NAV_ITEM_CHARS;
}
