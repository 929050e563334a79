/** What PreparePool and its workers (prepare-worker.ts) exchange. */
import type { MessagePort } from 'node:worker_threads';
import type { IngestInput, IngestLimits, PreparedItem } from '../../core/ingest/types.ts';

/** An input to prepare; ids count up from 0 per worker. Posted in bundles (arrays). */
export interface ToWorker {
  readonly id: number;
  readonly input: IngestInput;
}

/**
 * A result, posted on `WorkerData.reply` in the order the inputs came. A
 * draft's signature travels packed (see packSignature); `unpackItems`
 * restores it.
 */
export type FromWorker =
  | { readonly kind: 'prepared'; readonly id: number; readonly items: PreparedItem[] }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string; readonly stack?: string };

/** Slots of the state the worker writes and the pool reads without waiting for its event loop. */
export const WorkerState = {
  /** 1 once the pipeline is loaded. */
  ready: 0,
  /** Results posted so far. */
  finished: 1,
} as const;
export const WORKER_STATE_BYTES = 2 * Int32Array.BYTES_PER_ELEMENT;

export interface WorkerData {
  readonly limits: IngestLimits;
  /** Over a SharedArrayBuffer, indexed by WorkerState. */
  readonly state: Int32Array;
  readonly reply: MessagePort;
}

/**
 * MinHash values are unsigned 32-bit, and a plain array of them crosses
 * threads as 128 boxed numbers: packed, it is one 512-byte copy, and the
 * array rebuilt from it holds unboxed doubles, which the near-duplicate
 * comparison reads faster. Anything else (a float, a negative) stays as is.
 */
export function packSignature(signature: readonly number[]): readonly number[] {
  const compact = signature.every((v) => v >>> 0 === v);
  return compact ? (Uint32Array.from(signature) as unknown as readonly number[]) : signature;
}

/** Turns packed signatures back into plain arrays, in place. */
export function unpackItems(items: PreparedItem[]): PreparedItem[] {
  for (const item of items) {
    if (item.kind === 'document' && item.result.ok && item.result.value.signature instanceof Uint32Array) {
      (item.result.value as { signature: readonly number[] }).signature = Array.from(
        item.result.value.signature,
      );
    }
  }
  return items;
}
