/**
 * Ingest service: reads sources at the edge, runs the pure ingest pipeline,
 * links near-duplicates, and stores each document in its own transaction.
 * One bad input never aborts a batch; every failure is reported with its
 * origin and a reason.
 */
import { bandKeys, bestNearDuplicate, NEAR_DUPLICATE_THRESHOLD } from '../core/ingest/fingerprint.ts';
import { prepare } from '../core/ingest/index.ts';
import { DEFAULT_LIMITS, type IngestInput, type IngestLimits, type PreparedItem } from '../core/ingest/types.ts';
import type { DocumentDraft } from '../core/model/document.ts';
import type { Problem } from '../core/model/result.ts';
import type { Fetcher } from '../sources/fetch.ts';
import { isUrlItem, type SourceEntry, type SourceItem } from '../sources/sources.ts';
import type { Store } from '../store/store.ts';
import { type Clock, systemClock } from './clock.ts';

export type ItemStatus = 'added' | 'duplicate' | 'near-duplicate' | 'failed';

export interface ItemOutcome {
  readonly origin: string;
  readonly status: ItemStatus;
  readonly id?: string;
  readonly clusterId?: string;
  readonly title?: string | null;
  readonly problem?: Problem;
}

export interface IngestSummary {
  readonly added: number;
  readonly duplicates: number;
  /** Added, but joined an existing story's cluster. */
  readonly nearDuplicates: number;
  readonly failed: number;
  readonly failures: readonly ItemOutcome[];
}

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
}

/** Ingests every entry; resolves with counts and the failures (never rejects for a bad input). */
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
  for await (const entry of entries) {
    if ('failure' in entry) {
      record({ origin: entry.failure.origin, status: 'failed', problem: entry.failure.problem });
      continue;
    }
    const input = await readItem(entry.item, deps.fetcher, limits);
    if ('problem' in input) {
      record({ origin: entry.item.origin, status: 'failed', problem: input.problem });
      continue;
    }
    for (const item of prepare(input, limits)) {
      for (const outcome of await settle(item, deps, options, limits)) record(outcome);
    }
  }
  return { ...counts, failures };
}

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

/** Turns one prepared item into outcomes; a feed item that needs its page fetched may become several. */
async function settle(
  item: PreparedItem,
  deps: IngestDeps,
  options: IngestOptions,
  limits: IngestLimits,
): Promise<ItemOutcome[]> {
  if (item.kind === 'document') {
    if (!item.result.ok) return [{ origin: item.origin, status: 'failed', problem: item.result.error }];
    return [await store(item.result.value, deps, options)];
  }
  let input: IngestInput = item.fallback;
  try {
    const fetched = await deps.fetcher(item.url, limits);
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
  const outcomes: ItemOutcome[] = [];
  for (const next of prepare(input, limits)) {
    if (next.kind === 'document') outcomes.push(...(await settle(next, deps, options, limits)));
    else outcomes.push({ origin: next.origin, status: 'failed', problem: { code: 'FETCH_FAILED', message: 'nested fetch' } });
  }
  return outcomes;
}

async function store(draft: DocumentDraft, deps: IngestDeps, options: IngestOptions): Promise<ItemOutcome> {
  const { store: db } = deps;
  const base = { origin: draft.origin, title: draft.title };
  try {
    const existing = await db.documents.findByHash(draft.contentHash);
    if (existing) return { ...base, status: 'duplicate', id: existing.id, clusterId: existing.clusterId };
    const bands = bandKeys(draft.signature);
    const candidates = await db.documents.nearDuplicateCandidates(bands);
    const match = bestNearDuplicate(
      draft.signature,
      candidates,
      options.nearDuplicateThreshold ?? NEAR_DUPLICATE_THRESHOLD,
    );
    if (options.dryRun) {
      return { ...base, status: match ? 'near-duplicate' : 'added', ...(match ? { clusterId: match.clusterId } : {}) };
    }
    const clock = deps.clock ?? systemClock;
    const outcome = await db.documents.add(draft, {
      bands,
      ingestedAt: clock().toISOString(),
      ...(match ? { clusterId: match.clusterId } : {}),
    });
    if (outcome.status === 'duplicate') return { ...base, status: 'duplicate', id: outcome.id, clusterId: outcome.clusterId };
    return { ...base, status: match ? 'near-duplicate' : 'added', id: outcome.id, clusterId: outcome.clusterId };
  } catch (error) {
    return {
      ...base,
      status: 'failed',
      problem: { code: 'STORE_FAILED', message: error instanceof Error ? error.message : String(error) },
    };
  }
}
