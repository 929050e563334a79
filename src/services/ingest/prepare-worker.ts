/**
 * The worker side of PreparePool: prepares each input it is sent and posts
 * the items on the reply port, then counts them in the shared state. Loaded
 * through worker-entry.mjs, which registers tsx first.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepare } from '../../core/ingest/index.ts';
import type { PreparedItem } from '../../core/ingest/types.ts';
import {
  type FromWorker,
  packSignature,
  type ToWorker,
  type WorkerData,
  WorkerState,
} from './prepare-protocol.ts';

const inputs = parentPort;
if (inputs === null) throw new Error('prepare-worker.ts runs as a worker thread (see prepare-pool.ts)');
const { limits, state, reply } = workerData as WorkerData;

inputs.on('message', (bundle: ToWorker[]) => {
  for (const { id, input } of bundle) answer(id, input);
});

function answer(id: number, input: ToWorker['input']): void {
  let result: FromWorker;
  let transfer: ArrayBuffer[] = [];
  try {
    const items = prepare(input, limits).map(ownBytes);
    transfer = [...new Set(items.flatMap(bytesOf).map((b) => b.buffer as ArrayBuffer))];
    result = { kind: 'prepared', id, items };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    result = { kind: 'failed', id, message: e.message, ...(e.stack === undefined ? {} : { stack: e.stack }) };
  }
  reply.postMessage(result, transfer);
  Atomics.add(state, WorkerState.finished, 1);
  Atomics.notify(state, WorkerState.finished);
}
Atomics.store(state, WorkerState.ready, 1);
Atomics.notify(state, WorkerState.ready);

/**
 * Posting a view copies its whole buffer: a feed item's or a JSON line's
 * original is a view into the file's bytes, so each would carry the whole
 * file. Views get buffers of their own, which are then moved, not copied.
 * Signatures travel packed (see packSignature).
 */
function ownBytes(item: PreparedItem): PreparedItem {
  if (item.kind === 'fetch')
    return { ...item, fallback: { ...item.fallback, bytes: own(item.fallback.bytes) } };
  if (!item.result.ok) return item;
  const draft = item.result.value;
  const value = { ...draft, original: own(draft.original), signature: packSignature(draft.signature) };
  return { ...item, result: { ok: true, value } };
}

const own = (bytes: Uint8Array): Uint8Array =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();

const bytesOf = (item: PreparedItem): Uint8Array[] =>
  item.kind === 'fetch' ? [item.fallback.bytes] : item.result.ok ? [item.result.value.original] : [];
