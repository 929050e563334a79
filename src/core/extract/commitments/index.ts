/**
 * Commitments: what one or both sides promise, target or agree to do, read
 * one sentence at a time.
 *
 *   01-targets     numbers to reach (bound by the figures steps, mode `target`)
 *   02-pledges     concrete undertakings without a number, one per clause
 *   03-agreements  named documents signed or to be signed
 */
import type { Commitment } from '../../model/extraction.ts';
import type { SentenceContext } from '../figures/context.ts';
import { bindAmounts, NO_CARRY, readSentence, type SentenceFigures } from '../figures/index.ts';
import { findTargets } from './01-targets.ts';
import { findPledges } from './02-pledges.ts';
import { findAgreements } from './03-agreements.ts';
import { commitmentLexicon } from './data.ts';

export type { SentenceContext } from '../figures/context.ts';

/**
 * Targets, pledges and agreements of one sentence, in that order.
 * @example findCommitments({ text: 'Both sides agreed to raise two-way trade to US$5 billion by 2030.', … })
 *   // → [{ kind: 'target', metric: 'trade_turnover', value: 5e9, unit: 'USD', deadline: '2030', parties: ['VN', 'LA'] … }]
 */
export function findCommitments(s: SentenceContext, read?: CommitmentInput): Commitment[] {
  const lex = commitmentLexicon(s.language);
  const reading = read?.reading ?? readSentence(s);
  const bound = read?.own ?? bindAmounts(s, NO_CARRY, reading);
  return [
    ...findTargets(s, bound, lex),
    ...findPledges(s, bound, lex, reading.clauses),
    ...findAgreements(s, lex),
  ];
}

/** What the figure steps already read of the sentence (readFigures), so it is not read twice. */
export type CommitmentInput = Pick<SentenceFigures, 'reading' | 'own'>;
