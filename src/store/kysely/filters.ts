/** Listing filters and the keyset cursor, shared by `list`, `stream` and both dialects. */
import type { ExpressionBuilder } from 'kysely';
import { InvalidQueryError } from '../errors.ts';
import type { DocumentQuery } from '../store.ts';
import type { Database } from './schema.ts';

export type ListFilters = Omit<DocumentQuery, 'cursor' | 'limit'>;

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function dateBound(name: string, value: string): string {
  if (!PARTIAL_DATE.test(value)) {
    throw new InvalidQueryError(`${name} must be YYYY, YYYY-MM or YYYY-MM-DD, not ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * Conditions for the filters, all on indexed columns. `published` holds
 * partial dates compared as text, so an inclusive upper bound `2024-03` must
 * also admit `2024-03-31`: compare against `2024-03~` (`~` sorts after `-` and
 * every digit in byte order, which is why PostgreSQL's column is COLLATE "C").
 */
export function filterConditions(eb: ExpressionBuilder<Database, 'documents'>, q: ListFilters) {
  const conditions = [];
  if (q.language !== undefined) conditions.push(eb('documents.language', '=', q.language));
  if (q.source !== undefined) conditions.push(eb('documents.source', '=', q.source));
  if (q.format !== undefined) conditions.push(eb('documents.format', '=', q.format));
  if (q.clusterId !== undefined) conditions.push(eb('documents.cluster_id', '=', q.clusterId));
  if (q.from !== undefined) conditions.push(eb('documents.published', '>=', dateBound('from', q.from)));
  if (q.to !== undefined) conditions.push(eb('documents.published', '<', `${dateBound('to', q.to)}~`));
  return eb.and(conditions);
}

/** Opaque to callers; base64url of the last seq of a page. */
export function encodeCursor(seq: number): string {
  return Buffer.from(String(seq)).toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString();
  const seq = Number(text);
  if (!/^\d{1,15}$/.test(text) || !Number.isSafeInteger(seq)) {
    throw new InvalidQueryError('cursor is not one this store handed out');
  }
  return seq;
}

/** Page sizes are clamped rather than refused: asking for 5000 gets the maximum. */
export function clampLimit(limit: number | undefined, fallback: number, max: number): number {
  const n = limit !== undefined && Number.isFinite(limit) ? Math.floor(limit) : fallback;
  return Math.max(1, Math.min(max, n));
}
