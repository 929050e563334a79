/**
 * Converting between domain documents and `documents` rows, in both
 * directions, for both drivers. Stored JSON is validated when read.
 */
import type { Insertable, Selectable } from 'kysely';
import { z } from 'zod';
import {
  type DocumentDraft,
  type DocumentSummary,
  documentId,
  LANGUAGES,
  type Language,
  SOURCE_FORMATS,
  type SourceFormat,
  type StoredDocument,
} from '../../core/model/document.ts';
import type { DocumentsTable } from './schema.ts';

export { documentId };

/** Columns of a listing: everything small. */
export const SUMMARY_COLUMNS = [
  'seq',
  'id',
  'content_hash',
  'name',
  'origin',
  'format',
  'title',
  'published',
  'source',
  'url',
  'language',
  'ingested_at',
  'cluster_id',
  'text_length',
] as const;

export const FULL_COLUMNS = [
  ...SUMMARY_COLUMNS,
  'signature',
  'original',
  'raw',
  'text',
  'offsets',
  'captions',
] as const;

type Row = Selectable<DocumentsTable>;
export type SummaryRow = Pick<Row, (typeof SUMMARY_COLUMNS)[number]>;
export type FullRow = Pick<Row, (typeof FULL_COLUMNS)[number]>;

const UINT32 = 1;
const FLOAT64 = 2;

/**
 * MinHash values are unsigned 32-bit integers, stored as such (512 bytes for
 * 128); anything else falls back to float64 so every number round-trips.
 */
export function encodeSignature(signature: readonly number[]): Uint8Array {
  const compact = signature.every((v) => Number.isInteger(v) && v >= 0 && v <= 0xffffffff);
  const width = compact ? 4 : 8;
  const bytes = new Uint8Array(1 + signature.length * width);
  const view = new DataView(bytes.buffer);
  bytes[0] = compact ? UINT32 : FLOAT64;
  for (let i = 0; i < signature.length; i++) {
    if (compact) view.setUint32(1 + i * 4, signature[i]!, true);
    else view.setFloat64(1 + i * 8, signature[i]!, true);
  }
  return bytes;
}

export function decodeSignature(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kind = bytes[0];
  const width = kind === UINT32 ? 4 : kind === FLOAT64 ? 8 : 0;
  if (width === 0 || (bytes.byteLength - 1) % width !== 0) throw new TypeError('stored signature is corrupt');
  const out = new Array<number>((bytes.byteLength - 1) / width);
  for (let i = 0; i < out.length; i++) {
    out[i] = width === 4 ? view.getUint32(1 + i * 4, true) : view.getFloat64(1 + i * 8, true);
  }
  return out;
}

const utf8 = new TextDecoder();

/** Drivers hand back Buffers; callers get plain Uint8Arrays over the same memory. */
const plainBytes = (b: Uint8Array): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
/** better-sqlite3 and pg both bind Buffers; wrapping copies nothing. */
const bufferOf = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

const SpanSchema = z.object({ start: z.number().int(), end: z.number().int() });
const OffsetMapSchema = z.object({
  segments: z.array(z.tuple([z.number().int(), z.number().int(), z.number().int()])),
});
const CaptionsSchema = z.array(SpanSchema);

/** SQLite stores JSON as text, PostgreSQL's jsonb arrives parsed. */
const json = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

export function storedLanguage(v: string): Language {
  if (v === 'und' || (LANGUAGES as readonly string[]).includes(v)) return v as Language;
  throw new TypeError(`stored language is not known: ${v}`);
}

function format(v: string): SourceFormat {
  if ((SOURCE_FORMATS as readonly string[]).includes(v)) return v as SourceFormat;
  throw new TypeError(`stored format is not known: ${v}`);
}

/**
 * Whether `raw` is exactly the UTF-8 decoding of `original`. Decoding yields
 * at most one UTF-16 unit per byte and at least one per 3 bytes (plus a BOM),
 * so most HTML and JSON inputs are ruled out without decoding them.
 */
function isDecodedOriginal(draft: DocumentDraft): boolean {
  const bytes = draft.original.byteLength;
  if (draft.raw.length > bytes || bytes > draft.raw.length * 3 + 3) return false;
  return utf8.decode(draft.original) === draft.raw;
}

export interface RowContext {
  readonly id: string;
  readonly clusterId: string;
  readonly ingestedAt: string;
}

export function draftToRow(draft: DocumentDraft, ctx: RowContext): Insertable<DocumentsTable> {
  return {
    id: ctx.id,
    content_hash: draft.contentHash,
    name: draft.name,
    origin: draft.origin,
    format: draft.format,
    title: draft.title,
    published: draft.published,
    source: draft.source,
    url: draft.url,
    language: draft.language,
    ingested_at: ctx.ingestedAt,
    cluster_id: ctx.clusterId,
    text_length: draft.text.length,
    original: bufferOf(draft.original),
    raw: isDecodedOriginal(draft) ? null : draft.raw,
    text: draft.text,
    offsets: JSON.stringify(draft.offsets),
    captions: JSON.stringify(draft.captions),
    signature: bufferOf(encodeSignature(draft.signature)),
  };
}

export function rowToSummary(row: SummaryRow): DocumentSummary {
  return {
    id: row.id,
    contentHash: row.content_hash,
    name: row.name,
    origin: row.origin,
    format: format(row.format),
    title: row.title,
    published: row.published,
    source: row.source,
    url: row.url,
    language: storedLanguage(row.language),
    ingestedAt: row.ingested_at,
    clusterId: row.cluster_id,
    length: Number(row.text_length),
  };
}

export function rowToStored(row: FullRow): StoredDocument {
  const { length: _, ...summary } = rowToSummary(row);
  const original = plainBytes(row.original);
  return {
    ...summary,
    original,
    raw: row.raw ?? utf8.decode(original),
    text: row.text,
    offsets: OffsetMapSchema.parse(json(row.offsets)),
    captions: CaptionsSchema.parse(json(row.captions)),
    signature: decodeSignature(row.signature),
  };
}
