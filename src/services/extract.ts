/**
 * Extraction as a use case: prepare each input with the pure ingest pipeline
 * (the same cleaning the store would apply) and run an extractor over it.
 */

import type { ExtractInput, Extractor } from '../core/extract/types.ts';
import { prepare } from '../core/ingest/index.ts';
import { DEFAULT_LIMITS, type IngestLimits } from '../core/ingest/types.ts';
import type { DocumentDraft, KnownLanguage } from '../core/model/document.ts';
import type { Extraction } from '../core/model/extraction.ts';
import type { Problem } from '../core/model/result.ts';
import type { SourceEntry } from '../sources/sources.ts';

export type ExtractOutcome =
  | { readonly origin: string; readonly ok: true; readonly extraction: Extraction }
  | { readonly origin: string; readonly ok: false; readonly problem: Problem };

/** The extractor reads English, Vietnamese and Lao; an undetermined language is read as English. */
export function toExtractInput(draft: DocumentDraft, id: string): ExtractInput {
  const language: KnownLanguage = draft.language === 'und' ? 'en' : draft.language;
  return {
    id,
    title: draft.title,
    published: draft.published && /^\d{4}-\d{2}-\d{2}$/.test(draft.published) ? draft.published : null,
    source: draft.source,
    language,
    text: draft.text,
    captions: draft.captions,
  };
}

/** Extracts every document of every entry, in order; ids are file stems (`seed-000`) or content-hash ids. */
export async function* extractEntries(
  entries: AsyncIterable<SourceEntry>,
  extractor: Extractor,
  limits: IngestLimits = DEFAULT_LIMITS,
): AsyncGenerator<ExtractOutcome> {
  for await (const entry of entries) {
    if ('failure' in entry) {
      yield { origin: entry.failure.origin, ok: false, problem: entry.failure.problem };
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await entry.item.read();
    } catch (error) {
      yield {
        origin: entry.item.origin,
        ok: false,
        problem: { code: 'READ_FAILED', message: String(error) },
      };
      continue;
    }
    const items = prepare(
      {
        origin: entry.item.origin,
        name: entry.item.name,
        bytes,
        ...(entry.item.format ? { format: entry.item.format } : {}),
      },
      limits,
    );
    for (const [i, item] of items.entries()) {
      if (item.kind === 'fetch') continue; // extraction of files never goes to the network
      if (!item.result.ok) {
        yield { origin: item.origin, ok: false, problem: item.result.error };
        continue;
      }
      const draft = item.result.value;
      const id = items.length === 1 && draft.name ? draft.name : `${draft.name ?? 'doc'}#${i + 1}`;
      yield { origin: item.origin, ok: true, extraction: extractor.extract(toExtractInput(draft, id)) };
    }
  }
}
