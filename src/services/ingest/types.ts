import type { Problem } from '../../core/model/result.ts';

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
