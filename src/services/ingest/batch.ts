/**
 * Group commit for ingest. Documents wait in a small batch and are stored in
 * one transaction, each in its own savepoint (see `DocumentRepository.addMany`):
 * a commit's page writes are most of an add's cost, so batching multiplies
 * throughput while a failing document still rolls back alone. A document is
 * checked against the batch as well as the store, so a syndicated copy or the
 * same bytes twice in one batch are caught like any other.
 */
import {
  bandKeys,
  bestNearDuplicate,
  mostShared,
  NEAR_DUPLICATE_THRESHOLD,
} from '../../core/ingest/fingerprint.ts';
import { type DocumentDraft, documentId } from '../../core/model/document.ts';
import type { Problem } from '../../core/model/result.ts';
import type { AddItem, NearDuplicateCandidate, Store } from '../../store/store.ts';
import type { ItemOutcome } from './types.ts';

/**
 * At most this many documents wait for one commit; a crash loses at most
 * them, and re-running adds them. Each commit rewrites the band index pages
 * it touched, nearly all of them once the index is a few thousand pages, so
 * larger batches write fewer pages a document (measured at 20,000 documents:
 * 0.59 ms a document stored at 128, 0.50 at 256, 0.47–0.54 at 512).
 */
export const BATCH_SIZE = 256;
/** …and no document waits longer than this, so slow sources still show progress. */
export const BATCH_WAIT_MS = 1_000;
/**
 * Stored candidates compared per document, most shared band keys first, ties
 * newest first. A real near-duplicate shares about five of the 24 keys, a
 * document that only shares boilerplate one or two. The cost: on the 20,000
 * synthetic articles one of three near-duplicate pairs is no longer linked,
 * a templated pair at estimated similarity 0.61 (the threshold is 0.6)
 * sharing one boilerplate key in the window, 5,700 documents apart.
 */
export const CANDIDATES = 8;
/** Waiting documents remembered per band key, newest kept, as the store reads a bounded number per key. */
const WAITING_PER_KEY = 16;

interface Pending extends AddItem {
  /** Place in the batch. */
  readonly place: number;
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
  /** The waiting documents by band key: a document is compared with those sharing a key, as in the store. */
  #byBand = new Map<string, Pending[]>();
  /** Keys shared with the document being checked, by place in the batch; all 0 between checks. */
  readonly #hits = new Uint16Array(BATCH_SIZE);
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
        ...(await this.#store.documents.nearDuplicateCandidates(bands, CANDIDATES)),
        ...this.#waitingSharing(bands),
      ];
      const match = bestNearDuplicate(draft.signature, candidates, this.#threshold);
      const id = documentId(draft.contentHash);
      const pending: Pending = {
        place: this.#pending.length,
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
      for (const band of bands) {
        const sharing = this.#byBand.get(band);
        if (sharing === undefined) this.#byBand.set(band, [pending]);
        else if (sharing.push(pending) > WAITING_PER_KEY) sharing.shift();
      }
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
    this.#byBand = new Map();
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

  /**
   * The waiting documents sharing most band keys with `bands`, at most
   * CANDIDATES, ties newest first: the store's rule, since templated text
   * can make half a batch share one boilerplate key.
   */
  #waitingSharing(bands: readonly string[]): NearDuplicateCandidate[] {
    const sharing: Pending[] = [];
    const hits = this.#hits;
    for (const band of bands) {
      for (const p of this.#byBand.get(band) ?? []) {
        const seen = hits[p.place]!;
        hits[p.place] = seen + 1;
        if (seen === 0) sharing.push(p);
      }
    }
    const top = mostShared(
      sharing,
      (p) => hits[p.place]!,
      CANDIDATES,
      (a, b) => a.place > b.place,
    );
    for (const p of sharing) hits[p.place] = 0;
    return top.map((p) => ({ id: p.id, clusterId: p.clusterId, signature: p.draft.signature }));
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
