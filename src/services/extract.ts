/**
 * Extraction as a use case, two ways: files (prepare each input with the pure
 * ingest pipeline, the same cleaning the store would apply, and print what
 * the extractor reads) and stored documents (extract what is new or stale,
 * store the result).
 */

import type { ExtractInput, Extractor } from '../core/extract/types.ts';
import { prepare } from '../core/ingest/index.ts';
import { DEFAULT_LIMITS, type IngestLimits } from '../core/ingest/types.ts';
import type { DocumentDraft, KnownLanguage, StoredDocument } from '../core/model/document.ts';
import { Extraction } from '../core/model/extraction.ts';
import type { Problem } from '../core/model/result.ts';
import type { SourceEntry } from '../sources/sources.ts';
import type { Store } from '../store/store.ts';
import { type Clock, systemClock } from './clock.ts';

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

export interface ExtractStoredOptions {
  /** Every stored document, even those already extracted at this extractor's version. */
  readonly force?: boolean;
  readonly clock?: Clock;
  /** Called once per document, in ingest order: progress bars hang here. */
  readonly onItem?: (outcome: StoredExtractOutcome) => void;
}

export type StoredExtractOutcome =
  | { readonly documentId: string; readonly ok: true; readonly extraction: Extraction }
  | { readonly documentId: string; readonly ok: false; readonly problem: Problem };

export interface ExtractStoredSummary {
  readonly extractor: string;
  readonly version: string;
  readonly extracted: number;
  /** Already extracted at this version, so left alone (always 0 with `force`). */
  readonly skipped: number;
  readonly failed: number;
  /** The first failures (at most 100, so a broken run stays small); `failed` counts them all. */
  readonly failures: readonly { readonly documentId: string; readonly problem: Problem }[];
}

const MAX_REPORTED_FAILURES = 100;

/**
 * Extracts the stored documents that have no extraction at the extractor's
 * current version (new ones, and those read by older rules), or all of them
 * with `force`, and stores each result. The extraction's `doc.id` is the
 * store id. Documents stream in batches: memory stays flat on any corpus. A
 * document that fails is counted and reported; the others go on.
 * @example
 * const summary = await extractStored(store, ruleExtractor(loadKnowledgeBase()));
 * // a second run: { extracted: 0, skipped: summary.extracted + summary.skipped, failed: 0, … }
 */
export async function extractStored(
  store: Store,
  extractor: Extractor,
  options: ExtractStoredOptions = {},
): Promise<ExtractStoredSummary> {
  const clock = options.clock ?? systemClock;
  // Counted before the run: what the run will not touch.
  const skipped = options.force ? 0 : await store.extractions.count(extractor.name, extractor.version);
  let extracted = 0;
  let failed = 0;
  const failures: { documentId: string; problem: Problem }[] = [];
  for await (const item of documentsToExtract(store, extractor, options.force === true)) {
    const outcome = await extractOne(store, extractor, item, clock);
    if (outcome.ok) extracted++;
    else {
      failed++;
      if (failures.length < MAX_REPORTED_FAILURES)
        failures.push({ documentId: outcome.documentId, problem: outcome.problem });
    }
    options.onItem?.(outcome);
  }
  return { extractor: extractor.name, version: extractor.version, extracted, skipped, failed, failures };
}

/** The ids needing work, each loaded by id; or, forced, every document in batches. */
async function* documentsToExtract(
  store: Store,
  extractor: Extractor,
  force: boolean,
): AsyncGenerator<{ readonly id: string; readonly doc: StoredDocument | undefined }> {
  if (force) {
    for await (const doc of store.documents.stream()) yield { id: doc.id, doc };
    return;
  }
  for await (const id of store.extractions.documentsNeeding(extractor.name, extractor.version)) {
    yield { id, doc: await store.documents.find(id) };
  }
}

async function extractOne(
  store: Store,
  extractor: Extractor,
  { id: documentId, doc }: { readonly id: string; readonly doc: StoredDocument | undefined },
  clock: Clock,
): Promise<StoredExtractOutcome> {
  // Nothing deletes documents today; kept a value so a future delete cannot abort a run.
  if (doc === undefined) {
    return { documentId, ok: false, problem: { code: 'NOT_FOUND', message: 'the document left the store' } };
  }
  let extraction: Extraction;
  try {
    // Extractors are pluggable (rules today, a model tomorrow): check what comes out.
    extraction = Extraction.parse(extractor.extract(toExtractInput(doc, documentId)));
  } catch (error) {
    // A bug in the extractor, but one document's bug must not stop a corpus run.
    return { documentId, ok: false, problem: { code: 'EXTRACT_FAILED', message: messageOf(error) } };
  }
  try {
    await store.extractions.put(documentId, extraction, {
      extractor: extractor.name,
      version: extractor.version,
      extractedAt: clock().toISOString(),
    });
  } catch (error) {
    return { documentId, ok: false, problem: { code: 'STORE_FAILED', message: messageOf(error) } };
  }
  return { documentId, ok: true, extraction };
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
