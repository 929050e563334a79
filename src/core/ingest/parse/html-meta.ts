/** What an HTML page says about itself: `<meta>` tags, JSON-LD, `<html lang>`, the canonical link. */
import type { DocumentMeta } from '../../model/document.ts';
import { normaliseDate } from '../meta/dates.ts';
import { toLanguage } from '../meta/language.ts';
import { defined } from './types.ts';

interface Doc {
  querySelector(
    selector: string,
  ): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
  readonly documentElement: { getAttribute(name: string): string | null } | null;
}

export interface HtmlMeta {
  /** Stated facts: they win over the text. */
  readonly meta: Partial<DocumentMeta>;
  /** Site name and declared language: a dateline or the text itself tells better. */
  readonly fallback: Partial<DocumentMeta>;
}

export function readHtmlMeta(doc: Doc): HtmlMeta {
  const content = (...selectors: string[]): string | undefined => {
    for (const selector of selectors) {
      const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
      if (value) return value;
    }
    return undefined;
  };
  const ld = jsonLd(doc);
  const title =
    content('meta[property="og:title"]', 'meta[name="twitter:title"]') ??
    ld.headline ??
    doc.querySelector('title')?.textContent?.trim();
  const published = normaliseDate(
    content(
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[property="og:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="pubdate"]',
      'meta[name="publishdate"]',
      'meta[name="date"]',
      'meta[name="dc.date"]',
      'meta[name="DC.date.issued"]',
    ) ??
      ld.datePublished ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime'),
  );
  const url =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ||
    content('meta[property="og:url"]');
  const source =
    content('meta[name="source"]', 'meta[property="article:author"]', 'meta[name="author"]') ??
    content('meta[property="og:site_name"]');
  const lang = doc.documentElement?.getAttribute('lang') ?? content('meta[property="og:locale"]');
  const language = toLanguage(lang);
  return {
    meta: defined({ title, published, url }),
    fallback: defined({ source, ...(language !== 'und' ? { language } : {}) }),
  };
}

/** `headline` and `datePublished` of the first JSON-LD article on the page. */
function jsonLd(doc: Doc): { headline?: string; datePublished?: string } {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      const data: unknown = JSON.parse(scripts[i]!.textContent ?? '');
      for (const node of Array.isArray(data) ? data : [data]) {
        if (typeof node !== 'object' || node === null) continue;
        const { headline, datePublished } = node as Record<string, unknown>;
        if (typeof headline === 'string' || typeof datePublished === 'string') {
          return {
            ...(typeof headline === 'string' ? { headline } : {}),
            ...(typeof datePublished === 'string' ? { datePublished } : {}),
          };
        }
      }
    } catch {
      // Broken JSON-LD is common; the <meta> tags still count.
    }
  }
  return {};
}
