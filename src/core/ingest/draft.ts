/**
 * One parsed record → a document draft: clean, read metadata, merge it with
 * what the container and the caller stated, fingerprint, hash.
 */
import { createHash } from 'node:crypto';
import type { DocumentDraft, DocumentMeta, Language } from '../model/document.ts';
import { fail, ok, type Result } from '../model/result.ts';
import { clean } from './clean/index.ts';
import { minhash } from './fingerprint.ts';
import { normaliseDate, normaliseSource, readMeta } from './meta/index.ts';
import type { ParsedRecord } from './parse/index.ts';

/**
 * Which metadata wins, field by field: what the caller stated (`input.meta`),
 * then what the container stated (JSON fields, feed item, `<meta>` tags),
 * then what the text shows, then weak hints (`og:site_name`, `<html lang>`).
 * A record of a multi-record input (a feed item, a JSON line) outranks the
 * caller, whose metadata is then about the file as a whole.
 */
export function draftOf(
  record: ParsedRecord,
  given: Partial<DocumentMeta> | undefined,
): Result<DocumentDraft> {
  const cleaned = clean(record.raw, { mode: record.mode, captionHints: record.captionHints });
  if (!cleaned.text) {
    return fail(
      'EMPTY_AFTER_CLEANING',
      `no text left after removing markup, caption-less image lines and page furniture; is the input an article? (${record.format})`,
    );
  }
  const found = readMeta(cleaned.text, cleaned.captions, cleaned.dateLine);
  const caller = given ?? {};
  const layers: readonly Partial<DocumentMeta>[] = record.perRecord
    ? [record.meta, caller, found, record.fallback]
    : [caller, record.meta, found, record.fallback];
  const pick = <K extends keyof DocumentMeta>(key: K): DocumentMeta[K] | undefined => {
    for (const layer of layers) {
      const value = layer[key];
      if (value === undefined || value === null || value === '') continue;
      if (key !== 'language' || value !== 'und') return value;
    }
    return undefined;
  };
  const published = pick('published');
  return ok({
    title: pick('title')?.replace(/\s+/g, ' ').trim() ?? null,
    published: normaliseDate(published) ?? null,
    source: normaliseSource(pick('source')),
    url: pick('url') ?? null,
    language: (pick('language') ?? 'und') as Language,
    name: record.name,
    origin: record.origin,
    format: record.format,
    contentHash: createHash('sha256').update(record.original).digest('hex'),
    original: record.original,
    raw: record.raw,
    text: cleaned.text,
    offsets: cleaned.offsets,
    captions: cleaned.captions,
    signature: minhash(withoutHeadline(cleaned.text, found.title)),
  });
}

/** The text below its headline: a re-headlined copy of a story is the same story. */
function withoutHeadline(text: string, title: string | null): string {
  const end = text.indexOf('\n');
  if (!title || end < 0 || !text.startsWith(title)) return text;
  return text.slice(end + 1);
}
