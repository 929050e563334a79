/**
 * Group commit for ingest. Documents wait in a small batch and are stored in
 * one transaction, each in its own savepoint (see `DocumentRepository.addMany`):
 * a commit's page writes are most of an add's cost, so batching multiplies
 * throughput while a failing document still rolls back alone. A document is
 * checked against the batch as well as the store, so a syndicated copy or the
 * same bytes twice in one batch are caught like any other.
 */
import { bandKeys, bestNearDuplicate, NEAR_DUPLICATE_THRESHOLD } from '../../core/ingest/fingerprint.ts';
import { type DocumentDraft, documentId } from '../../core/model/document.ts';
import type { Problem } from '../../core/model/result.ts';
import type { AddItem, NearDuplicateCandidate, Store } from '../../store/store.ts';
import type { ItemOutcome } from './types.ts';

/** At most this many documents wait for one commit; a crash loses at most them, and re-running adds them. */
export const BATCH_SIZE = 128;
/** …and no document waits longer than this, so slow sources still show progress. */
export const BATCH_WAIT_MS = 1_000;

interface Pending extends AddItem {
  readonly id: string;
  readonly clusterId: string;
  readonly nearDuplicate: boolean;
}

export class IngestBatch {
  readonly #store: Store;
  readonly #record: (outcome: ItemOutcome) => void;
  readonly #dryRun: boolean;
  readonly #threshold: number;
  readonly #now: () => Date;
  #pending: Pending[] = [];
  #byHash = new Map<string, Pending>();
  #since = 0;

  constructor(
    store: Store,
    record: (outcome: ItemOutcome) => void,
    options: { dryRun: boolean; threshold?: number; now: () => Date },
  ) {
    this.#store = store;
    this.#record = record;
    this.#dryRun = options.dryRun;
    this.#threshold = options.threshold ?? NEAR_DUPLICATE_THRESHOLD;
    this.#now = options.now;
  }

  async offer(draft: DocumentDraft): Promise<void> {
    const base = { origin: draft.origin, title: draft.title };
    try {
      const waiting = this.#byHash.get(draft.contentHash);
      if (waiting) {
        this.#record({ ...base, status: 'duplicate', id: waiting.id, clusterId: waiting.clusterId });
        return;
      }
      const stored = await this.#store.documents.findByHash(draft.contentHash);
      if (stored) {
        this.#record({ ...base, status: 'duplicate', id: stored.id, clusterId: stored.clusterId });
        return;
      }
      const bands = bandKeys(draft.signature);
      const candidates: NearDuplicateCandidate[] = [
        ...(await this.#store.documents.nearDuplicateCandidates(bands)),
        ...this.#pending.map((p) => ({ id: p.id, clusterId: p.clusterId, signature: p.draft.signature })),
      ];
      const match = bestNearDuplicate(draft.signature, candidates, this.#threshold);
      const id = documentId(draft.contentHash);
      const pending: Pending = {
        draft,
        id,
        clusterId: match?.clusterId ?? id,
        nearDuplicate: match !== undefined,
        options: {
          bands,
          ingestedAt: this.#now().toISOString(),
          ...(match ? { clusterId: match.clusterId } : {}),
        },
      };
      if (this.#pending.length === 0) this.#since = Date.now();
      this.#pending.push(pending);
      this.#byHash.set(draft.contentHash, pending);
    } catch (error) {
      this.#record({ ...base, status: 'failed', problem: storeProblem(error) });
    }
    if (this.#pending.length >= BATCH_SIZE || Date.now() - this.#since > BATCH_WAIT_MS) await this.flush();
  }

  async flush(): Promise<void> {
    const batch = this.#pending;
    if (batch.length === 0) return;
    this.#pending = [];
    this.#byHash = new Map();
    if (this.#dryRun) {
      for (const p of batch)
        this.#record(outcomeOf(p, { status: 'added', id: p.id, clusterId: p.clusterId }));
      return;
    }
    let results: Awaited<ReturnType<Store['documents']['addMany']>>;
    try {
      results = await this.#store.documents.addMany(batch);
    } catch (error) {
      for (const p of batch)
        this.#record({
          origin: p.draft.origin,
          title: p.draft.title,
          status: 'failed',
          problem: storeProblem(error),
        });
      return;
    }
    batch.forEach((p, i) => {
      const r = results[i];
      if (!r || r.status === 'failed') {
        this.#record({
          origin: p.draft.origin,
          title: p.draft.title,
          status: 'failed',
          problem: storeProblem(r?.error),
        });
      } else this.#record(outcomeOf(p, r));
    });
  }
}

function outcomeOf(
  p: Pending,
  r: { status: 'added' | 'duplicate'; id: string; clusterId: string },
): ItemOutcome {
  const status = r.status === 'duplicate' ? 'duplicate' : p.nearDuplicate ? 'near-duplicate' : 'added';
  return { origin: p.draft.origin, title: p.draft.title, status, id: r.id, clusterId: r.clusterId };
}

function storeProblem(error: unknown): Problem {
  return {
    code: 'STORE_FAILED',
    message: error instanceof Error ? error.message : String(error ?? 'unknown error'),
  };
}
