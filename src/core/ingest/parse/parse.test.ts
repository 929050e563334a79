import { describe, expect, it } from 'vitest';
import type { DocumentDraft } from '../../model/document.ts';
import { prepare } from '../index.ts';
import type { IngestInput, PreparedItem } from '../types.ts';

const encode = (s: string) => new TextEncoder().encode(s);
const decode = (b: Uint8Array) => new TextDecoder().decode(b);
const run = (text: string, extra: Partial<IngestInput> = {}) =>
  prepare({ origin: 'in.x', name: 'in', bytes: encode(text), ...extra });
const drafts = (items: PreparedItem[]): DocumentDraft[] =>
  items.flatMap((i) => (i.kind === 'document' && i.result.ok ? [i.result.value] : []));
const problems = (items: PreparedItem[]) =>
  items.flatMap((i) =>
    i.kind === 'document' && !i.result.ok ? [{ origin: i.origin, ...i.result.error }] : [],
  );

const BODY =
  'Hanoi (VNA) – The two ministers agreed to open a new border gate next year. It will serve lorries.';

describe('JSON', () => {
  it('reads one object as one document with its fields as metadata', () => {
    const [d] = drafts(
      run(
        JSON.stringify({
          text: BODY,
          title: 'Gate to open',
          published: '2025-03-01T10:00:00+07:00',
          source: 'Viet Nam News',
        }),
      ),
    );
    expect(d).toMatchObject({
      title: 'Gate to open',
      published: '2025-03-01',
      source: 'VNS',
      format: 'json',
      origin: 'in.x',
    });
  });

  it('reads JSON lines, each record with its own bytes, origin `path#N`; a bad record fails alone', () => {
    const lines = [
      JSON.stringify({ text: BODY, id: 'a1' }),
      '{"title": "no text"}',
      'not json',
      JSON.stringify({ text: 'Hai bên đã ký kết thỏa thuận hợp tác về giáo dục và đào tạo.' }),
    ];
    const items = run(`${lines.join('\n')}\n`);
    expect(items.map((i) => i.origin)).toEqual(['in.x#1', 'in.x#2', 'in.x#3', 'in.x#4']);
    const [first, last] = drafts(items);
    expect(decode(first!.original)).toBe(lines[0]);
    expect(first!.name).toBe('a1');
    expect(decode(last!.original)).toBe(lines[3]);
    expect(last!.language).toBe('vi');
    expect(problems(items).map((p) => [p.origin, p.code])).toEqual([
      ['in.x#2', 'INVALID_RECORD'],
      ['in.x#3', 'INVALID_RECORD'],
    ]);
    expect(problems(items)[0]!.message).toContain('text');
  });

  it('reads an array, slicing each element out of the file', () => {
    const a = { text: BODY };
    const b = { text: 'Vientiane (KPL) – Another story, with "quotes", [brackets] and {braces}.' };
    const items = run(`[\n  ${JSON.stringify(a)},\n  ${JSON.stringify(b)}\n]`);
    expect(drafts(items).map((d) => JSON.parse(decode(d.original)))).toEqual([a, b]);
    expect(drafts(items)[1]!.source).toBe('KPL');
  });
});

const rss = (items: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>A feed</title><language>en</language>${items}</channel></rss>`;
const long = `<p>${BODY}</p><figure><img src="a.jpg" alt="x"><figcaption>Officials at the new gate. Photo: VNA</figcaption></figure><p>${'The gate will handle freight and passengers, and customs officers from both sides will work side by side in one building. '.repeat(4)}</p>`;

describe('empty containers', () => {
  it('reports an input without records', () => {
    expect(problems(run('[]', { format: 'json' })).map((p) => p.code)).toEqual(['INVALID_RECORD']);
    expect(problems(run(rss(''), { format: 'rss' })).map((p) => p.code)).toEqual(['INVALID_RECORD']);
  });
});

describe('RSS and Atom', () => {
  it('turns an item with substantial content into a document and a teaser into a fetch request', () => {
    const xml = rss(`
<item><title>Gate to open</title><link>https://n.example/gate</link><guid>g1</guid>
  <pubDate>Tue, 04 Mar 2025 09:00:00 +0700</pubDate><dc:creator>VNA</dc:creator>
  <content:encoded><![CDATA[${long}]]></content:encoded></item>
<item><title>Short one</title><link>https://n.example/short</link><pubDate>Wed, 05 Mar 2025 09:00:00 +0700</pubDate>
  <description>Only a &lt;b&gt;teaser&lt;/b&gt; here.</description></item>`);
    const items = run(xml, { format: 'rss' });
    expect(items).toHaveLength(2);
    const [doc] = drafts(items);
    expect(doc).toMatchObject({
      title: 'Gate to open',
      published: '2025-03-04',
      source: 'VNA',
      url: 'https://n.example/gate',
      name: 'g1',
      origin: 'in.x#1',
      format: 'rss',
      language: 'en',
    });
    expect(doc!.text.startsWith('Gate to open\n')).toBe(true);
    expect(doc!.captions.map((c) => doc!.text.slice(c.start, c.end))).toEqual([
      'Officials at the new gate. Photo: VNA',
    ]);
    expect(decode(doc!.original)).toMatch(/^<item>[\s\S]*<\/item>$/);
    const fetch = items[1]!;
    expect(fetch.kind).toBe('fetch');
    if (fetch.kind !== 'fetch') return;
    expect(fetch).toMatchObject({
      url: 'https://n.example/short',
      origin: 'in.x#2',
      meta: { title: 'Short one', published: '2025-03-05' },
    });
    const [fallback] = drafts(prepare(fetch.fallback));
    expect(fallback!.text).toBe('Short one\nOnly a teaser here.');
    expect(fallback!.published).toBe('2025-03-05');
  });

  it('reads Atom entries with alternate links and HTML content', () => {
    const xml = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>F</title>
<entry><title>Atom story</title><id>urn:1</id><link rel="alternate" href="https://a.example/1"/><link rel="self" href="https://a.example/self"/>
<published>2025-12-04T08:00:00+07:00</published><content type="html">${long.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</content></entry></feed>`;
    const [d] = drafts(run(xml));
    expect(d).toMatchObject({
      title: 'Atom story',
      url: 'https://a.example/1',
      published: '2025-12-04',
      format: 'atom',
      name: 'urn:1',
    });
  });
});

describe('HTML', () => {
  const page = `<!doctype html><html lang="vi"><head>
<meta property="og:title" content="Border gate to open">
<meta property="article:published_time" content="2025-03-04T09:00:00+07:00">
<meta property="og:site_name" content="Some Site">
<link rel="canonical" href="https://s.example/gate">
</head><body>
<nav><ul><li><a href="/a">Politics</a></li><li><a href="/b">World</a></li></ul></nav>
<article><h1>Border gate to open</h1>
<p>${BODY}</p>
<figure><img src="g.jpg" alt="gate"><figcaption>Lorries at the gate. Photo: KPL</figcaption></figure>
<p>${'Officials said the work would start in the dry season and last about eighteen months in all. '.repeat(5)}</p>
<ul class="provinces"><li><a href="/p1">Province one</a></li><li><a href="/p2">Province two</a></li><li><a href="/p3">Province three</a></li><li><a href="/p4">Province four</a></li></ul>
<div class="share-buttons"><a href="#">Facebook</a><a href="#">Share</a></div>
</article></body></html>`;

  it('keeps the main content with captions marked, reads <meta>, drops menus and widgets', () => {
    const [d] = drafts(run(page));
    expect(d).toMatchObject({
      title: 'Border gate to open',
      published: '2025-03-04',
      url: 'https://s.example/gate',
      source: 'VNA',
      format: 'html',
    });
    // The text is English: detection beats the page's declared `lang`.
    expect(d!.language).toBe('en');
    expect(d!.text.split('\n')[0]).toBe('Border gate to open');
    expect(d!.captions.map((c) => d!.text.slice(c.start, c.end))).toEqual([
      'Lorries at the gate. Photo: KPL',
    ]);
    expect(d!.text).not.toMatch(/Politics|Province one|Facebook/);
    expect(d!.original).toEqual(encode(page));
  });

  it('reads a fragment too short for Readability from its body', () => {
    const [d] = drafts(
      run('<div><p>Short note: the <b>gate</b> opens on Monday.</p><p>Second line.</p></div>'),
    );
    expect(d!.text).toBe('Short note: the gate opens on Monday.\nSecond line.');
  });

  it('falls back to the site name when the text names no agency', () => {
    const [d] = drafts(run(page.replace('Hanoi (VNA) –', 'HANOI —').replace('Photo: KPL', 'Photo: staff')));
    expect(d!.source).toBe('Some Site');
  });
});

describe('Markdown', () => {
  it('reads front matter and strips the syntax', () => {
    const md = `---\ntitle: Gate story\ndate: 2025-03-04\nsource: KPL\n---\n\n# Gate story\n\nThe **gate** opens, said [officials](https://x.example).\n`;
    const [d] = drafts(run(md));
    expect(d).toMatchObject({
      title: 'Gate story',
      published: '2025-03-04',
      source: 'KPL',
      format: 'markdown',
    });
    expect(d!.text).toBe('Gate story\nThe gate opens, said officials.');
  });
});
