/**
 * What one extractor found across the stored documents, in a few numbers,
 * plus the office conflicts with the sentence that shows each: the quick
 * start's closing summary.
 */
import { splitSentences } from '../core/extract/segment/index.ts';
import type { StoredDocument } from '../core/model/document.ts';
import type { Evidence } from '../core/model/extraction.ts';
import type { Store } from '../store/store.ts';

export interface OfficeConflict {
  readonly documentId: string;
  readonly title: string | null;
  readonly message: string;
  /** The sentence of the cleaned text that holds the flag's evidence. */
  readonly sentence: string;
  readonly evidence: Evidence;
}

export interface ExtractionTotals {
  readonly extractor: string;
  readonly documents: number;
  readonly events: number;
  readonly figures: number;
  readonly commitments: number;
  readonly officeConflicts: number;
  /** The first `maxConflicts` office conflicts, by document id; `officeConflicts` counts them all. */
  readonly conflicts: readonly OfficeConflict[];
}

/**
 * Streams one extractor's stored extractions once; memory holds only the
 * conflicts it returns.
 * @example const totals = await summarizeExtractions(store, 'rules');
 */
export async function summarizeExtractions(
  store: Store,
  extractor: string,
  { maxConflicts = 20 }: { readonly maxConflicts?: number } = {},
): Promise<ExtractionTotals> {
  const totals = { documents: 0, events: 0, figures: 0, commitments: 0, officeConflicts: 0 };
  const conflicts: OfficeConflict[] = [];
  for await (const { documentId, extraction } of store.extractions.stream({ extractor })) {
    totals.documents++;
    totals.events += extraction.events.length;
    totals.figures += extraction.figures.length;
    totals.commitments += extraction.commitments.length;
    const flags = extraction.flags.filter((f) => f.kind === 'office_conflict');
    totals.officeConflicts += flags.length;
    if (flags.length === 0 || conflicts.length >= maxConflicts) continue;
    const doc = await store.documents.find(documentId);
    if (doc === undefined) continue;
    for (const flag of flags.slice(0, maxConflicts - conflicts.length)) {
      conflicts.push({
        documentId,
        title: doc.title,
        message: flag.message,
        sentence: sentenceAround(doc, flag.evidence),
        evidence: flag.evidence,
      });
    }
  }
  return { extractor, ...totals, conflicts };
}

/** Split the way the extractor splits, so the sentence shown is the one it read. */
function sentenceAround(doc: StoredDocument, span: Evidence): string {
  const language = doc.language === 'und' ? 'en' : doc.language;
  const sentence = splitSentences(doc.text, language, doc.captions, doc.title).find(
    (s) => s.start <= span.start && span.start < s.end,
  );
  return doc.text.slice(sentence?.start ?? span.start, sentence?.end ?? span.end).trim();
}
