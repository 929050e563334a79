/**
 * The pure ingest pipeline: one input's bytes → document drafts (or a
 * problem per record, or a request to fetch a feed item's page). No I/O: no
 * file system, network or clock (the data files under knowledge/ingest are
 * read once, when `data.ts` loads).
 */
import type { DocumentDraft } from '../model/document.ts';
import type { Problem } from '../model/result.ts';
import { decode } from './decode/index.ts';
import { detectFormat } from './detect-format.ts';
import { draftOf } from './draft.ts';
import { PARSERS } from './parse/index.ts';
import { DEFAULT_LIMITS, type IngestInput, type IngestLimits, type PreparedItem } from './types.ts';

export { toRaw } from '../text/offsets.ts';
export {
  bandKeys,
  bestNearDuplicate,
  estimateJaccard,
  minhash,
  NEAR_DUPLICATE_THRESHOLD,
} from './fingerprint.ts';

/**
 * Prepares one input: every document in it, in order.
 * @example
 * const [item] = prepare({ origin: 'a.txt', name: 'a', bytes: new TextEncoder().encode('Hanoi (VNA) – …') }, DEFAULT_LIMITS);
 * if (item?.kind === 'document' && item.result.ok) item.result.value.source // 'VNA'
 */
export function prepare(input: IngestInput, limits: IngestLimits = DEFAULT_LIMITS): PreparedItem[] {
  // 1. decode: size limit, binary refusal, UTF-8 / UTF-16 / windows-1252, NFC
  const decoded = decode(input.bytes, limits);
  if (!decoded.ok) return [failed(input.origin, decoded.error)];
  const { text, slice } = decoded.value;
  // 2. format: as the caller says, else sniffed
  let format = input.format;
  if (!format) {
    const sniffed = detectFormat(text);
    if (!sniffed.ok) return [failed(input.origin, sniffed.error)];
    format = sniffed.value;
  }
  // 3. parse into records (one per document), record problems and fetch requests
  const items = PARSERS[format]({ input, format, text, slice });
  if (items.length === 0) {
    const problem = {
      code: 'INVALID_RECORD',
      message: `no documents in this ${format} input (empty array or feed)`,
    } as const;
    return [failed(input.origin, problem)];
  }
  // 4. each record: clean, metadata, fingerprint → draft
  return items.map((item): PreparedItem => {
    if (item.kind === 'problem') return failed(item.origin, item.problem);
    if (item.kind === 'fetch') return item;
    return { kind: 'document', origin: item.origin, result: draftOf(item, input.meta) };
  });
}

function failed(origin: string, problem: Problem): PreparedItem {
  return { kind: 'document', origin, result: { ok: false, error: problem } };
}

export type { DocumentDraft, IngestInput, IngestLimits, PreparedItem };
