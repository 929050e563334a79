/**
 * Ingest service: reads sources at the edge, runs the pure ingest pipeline,
 * links near-duplicates, and stores each document in its own transaction.
 * One bad input never aborts a batch; every failure is reported with its
 * origin and a reason.
 */
import { prepare } from '../../core/ingest/index.ts';
import {
  DEFAULT_LIMITS,
  type IngestInput,
  type IngestLimits,
  type PreparedItem,
} from '../../core/ingest/types.ts';
import type { Problem } from '../../core/model/result.ts';
import type { Fetcher } from '../../sources/fetch.ts';
import { isUrlItem, type SourceEntry, type SourceItem } from '../../sources/sources.ts';
import type { Store } from '../../store/store.ts';
import { type Clock, systemClock } from '../clock.ts';
import { IngestBatch } from './batch.ts';
import { OrderedQueue } from './ordered-queue.ts';
import { defaultParallelism, type PrepareParallelism, PreparePool } from './prepare-pool.ts';
import type { IngestSummary, ItemOutcome } from './types.ts';

export type { PrepareParallelism } from './prepare-pool.ts';
export type { IngestSummary, ItemOutcome, ItemStatus } from './types.ts';

export interface IngestDeps {
  readonly store: Store;
  readonly fetcher: Fetcher;
  readonly clock?: Clock;
}

export interface IngestOptions {
  readonly limits?: IngestLimits;
  /** Read and check everything, write nothing. */
  readonly dryRun?: boolean;
  readonly nearDuplicateThreshold?: number;
  /** Called once per document or failure, in order: progress bars and `--json` streaming hang here. */
  readonly onItem?: (outcome: ItemOutcome) => void;
  /** Worker threads for parsing; default one per core but one (see prepare-pool.ts). */
  readonly parallelism?: PrepareParallelism;
}

/** Inputs read ahead of the store at most, and at most this many of their bytes: memory stays flat. */
const READ_AHEAD = { maxItems: 256, maxWeight: 16 * 1024 * 1024 };

/** One input's turn at the store: its prepared items, or why it could not be read. */
type Turn = { readonly items: PreparedItem[] } | { readonly origin: string; readonly problem: Problem };

/**
 * Ingests every entry; resolves with counts and the failures (never rejects
 * for a bad input). Reading and parsing run ahead of storing, on worker
 * threads when the input is large, in a bounded window; outcomes are still
 * reported in input order.
 */
export async function ingest(
  entries: AsyncIterable<SourceEntry>,
  deps: IngestDeps,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const counts = { added: 0, duplicates: 0, nearDuplicates: 0, failed: 0 };
  const failures: ItemOutcome[] = [];
  const record = (outcome: ItemOutcome) => {
    if (outcome.status === 'added') counts.added++;
    else if (outcome.status === 'near-duplicate') {
      counts.added++;
      counts.nearDuplicates++;
    } else if (outcome.status === 'duplicate') counts.duplicates++;
    else {
      counts.failed++;
      failures.push(outcome);
    }
    options.onItem?.(outcome);
  };
  const limits = options.limits ?? DEFAULT_LIMITS;
  const batch = new IngestBatch(deps.store, record, {
    dryRun: options.dryRun === true,
    ...(options.nearDuplicateThreshold === undefined ? {} : { threshold: options.nearDuplicateThreshold }),
    now: deps.clock ?? systemClock,
  });
  const pool = new PreparePool(limits, options.parallelism ?? defaultParallelism());
  const turns = new OrderedQueue<Turn>(READ_AHEAD);
  const reading = readAhead(entries, deps.fetcher, limits, pool, turns);
  try {
    for (let turn = await turns.shift(); turn !== undefined; turn = await turns.shift()) {
      if ('problem' in turn) {
        record({ origin: turn.origin, status: 'failed', problem: turn.problem });
        continue;
      }
      for (const item of turn.items) await settle(item, deps.fetcher, batch, record, limits);
    }
    await batch.flush();
  } finally {
    turns.cancel();
    await reading;
    await pool.close();
  }
  return { ...counts, failures };
}

/** The producer: reads each entry and hands it to the pool, in order, as fast as the window allows. */
async function readAhead(
  entries: AsyncIterable<SourceEntry>,
  fetcher: Fetcher,
  limits: IngestLimits,
  pool: PreparePool,
  turns: OrderedQueue<Turn>,
): Promise<void> {
  try {
    for await (const entry of entries) {
      let turn: () => Promise<Turn>;
      let weight = 0;
      if ('failure' in entry) turn = resolved(entry.failure);
      else {
        const input = await readItem(entry.item, fetcher, limits);
        if ('problem' in input) turn = resolved({ origin: entry.item.origin, problem: input.problem });
        else {
          weight = input.bytes.byteLength;
          const collect = pool.prepare(input);
          turn = async () => ({ items: await collect() });
        }
      }
      if (!(await turns.push(turn, weight))) return;
    }
    turns.end();
  } catch (error) {
    // A failing source listing (or a bug) reaches the caller after the inputs before it.
    turns.end(error);
  }
}

const resolved =
  <T>(value: T): (() => Promise<T>) =>
  () =>
    Promise.resolve(value);

async function readItem(
  item: SourceItem,
  fetcher: Fetcher,
  limits: IngestLimits,
): Promise<IngestInput | { problem: Problem }> {
  if (item.size !== undefined && item.size > limits.maxBytes) {
    return {
      problem: {
        code: 'TOO_LARGE',
        message: `${item.size} bytes is over the limit of ${limits.maxBytes}; raise it with --max-bytes`,
      },
    };
  }
  try {
    if (isUrlItem(item)) {
      const fetched = await fetcher(item.origin, limits);
      return {
        origin: item.origin,
        name: null,
        bytes: fetched.bytes,
        ...(fetched.format ? { format: fetched.format } : {}),
        meta: { url: fetched.url },
      };
    }
    const bytes = await item.read();
    return { origin: item.origin, name: item.name, bytes, ...(item.format ? { format: item.format } : {}) };
  } catch (error) {
    const code = isUrlItem(item) ? 'FETCH_FAILED' : 'READ_FAILED';
    return { problem: { code, message: error instanceof Error ? error.message : String(error) } };
  }
}

/** Hands one prepared item to the batch; a feed item that needs its page fetched is fetched first. */
async function settle(
  item: PreparedItem,
  fetcher: Fetcher,
  batch: IngestBatch,
  record: (outcome: ItemOutcome) => void,
  limits: IngestLimits,
): Promise<void> {
  if (item.kind === 'document') {
    if (item.result.ok) await batch.offer(item.result.value);
    else record({ origin: item.origin, status: 'failed', problem: item.result.error });
    return;
  }
  let input: IngestInput = item.fallback;
  try {
    const fetched = await fetcher(item.url, limits);
    input = {
      origin: item.url,
      name: item.fallback.name,
      bytes: fetched.bytes,
      ...(fetched.format ? { format: fetched.format } : {}),
      meta: { ...item.meta, url: fetched.url },
    };
  } catch {
    // The feed's own summary is better than nothing; the outcome still says where it came from.
  }
  for (const next of prepare(input, limits)) {
    if (next.kind === 'document') await settle(next, fetcher, batch, record, limits);
    else
      record({
        origin: next.origin,
        status: 'failed',
        problem: { code: 'FETCH_FAILED', message: 'a fetched page asked for another fetch' },
      });
  }
}
