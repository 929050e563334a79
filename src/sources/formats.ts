import path from 'node:path';
import type { SourceFormat } from '../core/model/document.ts';

/** File extensions we know; anything else is sniffed from its bytes by the ingest pipeline. */
const BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'json',
  '.ndjson': 'json',
  '.rss': 'rss',
  '.atom': 'atom',
};

/** `.xml` may be RSS or Atom: left to sniffing. */
export function formatFromPath(file: string): SourceFormat | undefined {
  return BY_EXTENSION[path.extname(file).toLowerCase()];
}

export function formatFromContentType(contentType: string | null): SourceFormat | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'application/rss+xml') return 'rss';
  if (type === 'application/atom+xml') return 'atom';
  if (type === 'application/json' || type === 'application/x-ndjson' || type === 'application/jsonl')
    return 'json';
  if (type === 'text/markdown') return 'markdown';
  if (type === 'text/plain') return 'text';
  return undefined;
}

/** File stem used as the document's human name (`news-004.txt` → `news-004`). */
export function stemOf(file: string): string {
  const base = path.basename(file);
  const ext = path.extname(base);
  return ext ? base.slice(0, -ext.length) : base;
}
