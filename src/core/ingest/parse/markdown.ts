/**
 * Markdown: one document. Syntax is stripped by the cleaner (so offsets
 * point into the Markdown source); YAML front matter is read here.
 */
import { parse } from 'yaml';
import type { DocumentMeta } from '../../model/document.ts';
import { normaliseDate } from '../meta/dates.ts';
import { toLanguage } from '../meta/language.ts';
import { defined, type Parser } from './types.ts';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export const parseMarkdown: Parser = ({ input, format, text }) => [
  {
    kind: 'record',
    origin: input.origin,
    name: input.name,
    format,
    original: input.bytes,
    raw: text,
    mode: 'markdown',
    captionHints: [],
    meta: frontMatter(text),
    fallback: {},
    perRecord: false,
  },
];

/** `title`, `date`/`published`, `source`/`author`, `url`/`canonical`, `lang`/`language` from front matter. */
function frontMatter(text: string): Partial<DocumentMeta> {
  const block = FRONT_MATTER.exec(text)?.[1];
  if (block === undefined) return {};
  let data: unknown;
  try {
    data = parse(block);
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null) return {};
  const field = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const value = (data as Record<string, unknown>)[key];
      if (typeof value === 'string' && value.trim()) return value.trim();
      if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    }
    return undefined;
  };
  const language = toLanguage(field('lang', 'language'));
  return defined({
    title: field('title'),
    published: normaliseDate(field('published', 'date')),
    source: field('source', 'author'),
    url: field('url', 'canonical'),
    ...(language !== 'und' ? { language } : {}),
  });
}
