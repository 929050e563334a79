/**
 * Step 1: targets, the amounts a target phrase governs ("strive for bilateral
 * trade turnover to reach 10 billion USD", "a growth of 10-15 percent in
 * two-way trade next year"). The figures steps already bound metric and mode;
 * here they get a deadline, parties, area and a short text.
 */
import type { Commitment } from '../../model/extraction.ts';
import { deadlineOf, usableTimes } from '../figures/06-period.ts';
import type { BoundAmount, SentenceContext } from '../figures/context.ts';
import { figureLexicon } from '../figures/data.ts';
import { evidenceOf } from '../figures/index.ts';
import type { CommitmentLexicon } from './data.ts';
import { areaOf, partiesOf } from './parties.ts';

/** Kinds of amount a target can be: a voltage or a cost is not something two countries aim at. */
const TARGETABLE = new Set(['money', 'count', 'percent']);

export function findTargets(
  s: SentenceContext,
  bound: readonly BoundAmount[],
  lex: CommitmentLexicon,
): Commitment[] {
  const flex = figureLexicon(s.language);
  const amounts = bound.map((b) => b.amount);
  const periodInput = { text: s.text, lex: flex, amounts, times: s.times, reference: s.reference };
  const usable = usableTimes(periodInput);
  const out: Commitment[] = [];
  for (const b of bound) {
    if (b.mode !== 'target' || !TARGETABLE.has(b.amount.kind) || b.binding === 'weak') continue;
    const a = b.amount;
    const start = b.modeCue?.start ?? (b.cue && b.cue.start < a.start ? b.cue.start : a.start);
    const end = Math.max(a.end, b.cue && b.cue.start >= a.end ? b.cue.end : a.end);
    const text = targetText(s.text, start, end, b.cue);
    const subject = { start: b.clause.start, end: b.modeCue?.start ?? a.start };
    // A one-way metric is committed by its giving side; a two-way one (trade) by both unless a side is named.
    const parties = b.from ? [b.from] : s.pair ? [...s.pair] : partiesOf(s, lex, subject, true);
    const evidence = evidenceOf(s, b);
    const c: Commitment = {
      kind: 'target',
      text,
      metric: b.metric,
      value: a.value,
      unit: a.unit,
      deadline: deadlineOf(periodInput, usable, a, b.clause),
      parties,
      area: lex.metricAreas[b.metric] ?? areaOf(lex, text, s.text.slice(b.clause.start, b.clause.end)),
      evidence: {
        start: Math.min(evidence.start, s.offset + start),
        end: Math.max(evidence.end, s.offset + end),
      },
      confidence: b.confidence,
    };
    if (a.valueMax !== undefined) c.value_max = a.valueMax;
    out.push(c);
  }
  return out;
}

/** From the target phrase to the amount; the metric words put in front when they stand before the phrase. */
function targetText(
  text: string,
  start: number,
  end: number,
  cue: { start: number; end: number } | null,
): string {
  const clean = (x: string) => x.replace(/\s+/g, ' ').trim();
  const body = clean(text.slice(start, end));
  return cue && cue.end <= start ? `${clean(text.slice(cue.start, cue.end))}: ${body}` : body;
}
