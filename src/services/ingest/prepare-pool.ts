/**
 * Runs the pure `prepare()` on worker threads so that parsing overlaps with
 * storing: the calling thread reads sources and writes the store (SQLite is
 * synchronous, so it is busy there), the workers decode, clean and
 * fingerprint.
 *
 * A worker loads TypeScript through tsx and the whole pipeline (~0.5–1 s
 * before it is ready): small inputs (one file, stdin) never start one, and
 * until a worker is ready, and whenever every worker is already behind, the
 * calling thread prepares the input itself (HTML, where parsing is the slow
 * part, gets both cores that way).
 *
 * Results are collected, not delivered: a worker posts each result on a
 * port nobody listens to, and the caller takes it off when it gets to that
 * input, so however far the workers run ahead their results wait serialised,
 * outside the JavaScript heap. Readiness and progress are counted in shared
 * memory: the calling thread's event loop may not turn for a whole group
 * commit (a synchronous store never yields), and a worker that announced
 * itself with a message was, at first, never seen to be ready at all.
 */
import { availableParallelism } from 'node:os';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { prepare } from '../../core/ingest/index.ts';
import type { IngestInput, IngestLimits, PreparedItem } from '../../core/ingest/types.ts';
import {
  type FromWorker,
  type ToWorker,
  unpackItems,
  WORKER_STATE_BYTES,
  type WorkerData,
  WorkerState,
} from './prepare-protocol.ts';

export interface PrepareParallelism {
  /** Worker threads to prepare on; 0 prepares everything on the calling thread. */
  readonly workers: number;
  /** Inputs prepared on the calling thread before workers are started. */
  readonly after: number;
}

/**
 * One worker per core but the one that stores, at most four (beyond that
 * the store is the limit, not parsing); workers start from the 17th input.
 */
export function defaultParallelism(): PrepareParallelism {
  return { workers: Math.max(0, Math.min(4, availableParallelism() - 1)), after: 16 };
}

/** A prepared input, taken when its turn comes. */
export type Collect = () => Promise<PreparedItem[]>;

/**
 * A worker with this many inputs unfinished is behind, and the calling
 * thread prepares the next one itself. Text on SQLite never gets there (the
 * worker outruns the store); HTML, where parsing is the slow part, does, and
 * then gets both cores (measured: 185 → 324 documents/s on 2 cores). Well
 * under the ingest service's read-ahead, or the worker could never be
 * "behind" with the queue full.
 */
const BACKLOG = 64;

/**
 * Inputs go to a worker in bundles of this many: each message wakes the
 * worker's thread, and on two busy cores posting inputs one by one took
 * ~0.15 ms of this thread's time each. A bundle leaves early when the worker
 * is running out of work, when one of its results is wanted, or when this
 * thread goes idle.
 */
const BUNDLE = 16;

interface Handle {
  readonly worker: Worker;
  /** Where the worker's results wait, in the order it was sent inputs. */
  readonly results: MessagePort;
  /** Inputs handed out but not yet posted (see BUNDLE). */
  bundle: ToWorker[];
  posted: number;
  /** Written by the worker, indexed by WorkerState. */
  readonly state: Int32Array;
  sent: number;
  /** Why the worker is gone, once it is. */
  gone: Error | undefined;
}

// ES2024, in Node since 16; not in the ES2023 lib this project compiles against.
const waitAsync = (
  Atomics as unknown as {
    waitAsync(
      a: Int32Array,
      index: number,
      value: number,
      timeout: number,
    ): { async: false; value: string } | { async: true; value: Promise<string> };
  }
).waitAsync;

export class PreparePool {
  readonly #limits: IngestLimits;
  readonly #parallelism: PrepareParallelism;
  readonly #handles: Handle[] = [];
  #submitted = 0;
  #started = false;

  constructor(limits: IngestLimits, parallelism: PrepareParallelism) {
    this.#limits = limits;
    this.#parallelism = parallelism;
  }

  /** Prepares one input, on a worker when one is ready and not behind, else here and now. */
  prepare(input: IngestInput): Collect {
    if (++this.#submitted > this.#parallelism.after && !this.#started) this.#start();
    const handle = this.#leastBusy();
    if (handle === undefined || backlog(handle) >= BACKLOG) {
      try {
        const items = prepare(input, this.#limits);
        return () => Promise.resolve(items);
      } catch (error) {
        return () => Promise.reject(error);
      }
    }
    const id = handle.sent++;
    handle.bundle.push({ id, input });
    if (handle.bundle.length === 1) setImmediate(() => post(handle));
    if (
      handle.bundle.length >= BUNDLE ||
      handle.posted - Atomics.load(handle.state, WorkerState.finished) < BUNDLE
    ) {
      post(handle);
    }
    return () => this.#collect(handle, id);
  }

  /**
   * Starts the workers now and resolves with how many became ready (0 when
   * none could load; the calling thread then prepares everything).
   */
  async whenReady(): Promise<number> {
    if (!this.#started) this.#start();
    const ready = await Promise.all(
      this.#handles.map(async (h) => {
        while (h.gone === undefined && Atomics.load(h.state, WorkerState.ready) === 0) {
          await pause(h, WorkerState.ready, 0);
        }
        return h.gone === undefined;
      }),
    );
    return ready.filter(Boolean).length;
  }

  /** Stops the workers; results not yet collected are lost. */
  async close(): Promise<void> {
    const handles = this.#handles.splice(0);
    await Promise.all(handles.map((h) => h.worker.terminate()));
    for (const h of handles) h.results.close();
  }

  /** A worker answers in the order it was asked, and inputs are collected in the order they were handed out. */
  async #collect(handle: Handle, id: number): Promise<PreparedItem[]> {
    if (id >= handle.posted) post(handle);
    for (;;) {
      const received = receiveMessageOnPort(handle.results);
      if (received !== undefined) {
        const reply = received.message as FromWorker;
        if (reply.id !== id) throw new Error(`prepare worker answered ${reply.id} when ${id} was due`);
        if (reply.kind === 'prepared') return unpackItems(reply.items);
        throw Object.assign(new Error(reply.message), { stack: reply.stack });
      }
      if (handle.gone !== undefined) throw handle.gone;
      await pause(handle, WorkerState.finished, Atomics.load(handle.state, WorkerState.finished));
    }
  }

  #leastBusy(): Handle | undefined {
    let best: Handle | undefined;
    for (const h of this.#handles) {
      const ready = h.gone === undefined && Atomics.load(h.state, WorkerState.ready) === 1;
      if (ready && (best === undefined || backlog(h) < backlog(best))) best = h;
    }
    return best;
  }

  #start(): void {
    this.#started = true;
    for (let i = 0; i < this.#parallelism.workers; i++) {
      const state = new Int32Array(new SharedArrayBuffer(WORKER_STATE_BYTES));
      const { port1: results, port2: reply } = new MessageChannel();
      const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), {
        workerData: { limits: this.#limits, state, reply } satisfies WorkerData,
        transferList: [reply],
      });
      const handle: Handle = {
        worker,
        results,
        bundle: [],
        posted: 0,
        state,
        sent: 0,
        gone: undefined,
      };
      // A worker that cannot load, or dies, is dropped: the calling thread prepares instead,
      // and whoever waits for one of its results is told.
      const drop = (error: Error) => {
        handle.gone ??= error;
        Atomics.notify(state, WorkerState.ready);
        Atomics.notify(state, WorkerState.finished);
      };
      worker.on('error', drop);
      worker.on('exit', (code) => drop(new Error(`a prepare worker stopped (exit code ${code})`)));
      this.#handles.push(handle);
    }
  }
}

function post(handle: Handle): void {
  if (handle.bundle.length === 0 || handle.gone !== undefined) return;
  handle.worker.postMessage(handle.bundle);
  handle.posted += handle.bundle.length;
  handle.bundle = [];
}

const backlog = (h: Handle): number => h.sent - Atomics.load(h.state, WorkerState.finished);

/** Waits, without blocking the event loop, until the worker changes `slot` from `seen` (or a second passes). */
async function pause(handle: Handle, slot: number, seen: number): Promise<void> {
  const wait = waitAsync(handle.state, slot, seen, 1000);
  if (wait.async) await wait.value;
}
