/**
 * Scores predictions against gold answers per kind of item (events, figures,
 * targets, persons), summed over documents: the reference scorer's numbers.
 */
import {
  close,
  type EventLike,
  foldName,
  matchEvents,
  maxMatching,
  periodMatch,
  SCORED_METRICS,
} from './match.ts';

export const KINDS = ['events', 'figures', 'targets', 'persons'] as const;
export type Kind = (typeof KINDS)[number];

interface FigureLike {
  readonly metric?: string | undefined;
  readonly value?: unknown | undefined;
  readonly period?: unknown | undefined;
}
interface CommitmentLike extends FigureLike {
  readonly kind?: string | undefined;
}
export interface Answer {
  readonly doc?: { readonly id?: string } | undefined;
  readonly events?: readonly EventLike[] | undefined;
  readonly figures?: readonly FigureLike[] | undefined;
  readonly commitments?: readonly CommitmentLike[] | undefined;
  readonly persons?: readonly (string | { readonly name?: string })[] | undefined;
}

export interface Counts {
  tp: number;
  gold: number;
  pred: number;
}
export interface KindScore extends Counts {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}
export interface DocScore {
  readonly id: string;
  readonly missing: boolean;
  readonly counts: Record<Kind, Counts & { missed: unknown[]; spurious: unknown[] }>;
}
export interface Scorecard {
  readonly summary: Record<Kind, KindScore>;
  readonly matchedEventAttributes: { type: number | null; status: number | null; exactDates: number | null };
  readonly missing: readonly string[];
  readonly perDoc: readonly DocScore[];
}

const scored = (f: FigureLike) => SCORED_METRICS.has(f.metric ?? '');

/** @param gold gold answers keyed by document id, in the order to report them. */
export function score(
  gold: ReadonlyMap<string, Answer>,
  predictions: ReadonlyMap<string, Answer>,
): Scorecard {
  const total = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, gold: 0, pred: 0 }])) as Record<
    Kind,
    Counts
  >;
  const attr = { status: [0, 0], exactDates: [0, 0], type: [0, 0] };
  const perDoc: DocScore[] = [];
  for (const [id, g] of gold) {
    const p = predictions.get(id) ?? {};
    const sets = {
      events: [g.events ?? [], p.events ?? []],
      figures: [(g.figures ?? []).filter(scored), (p.figures ?? []).filter(scored)],
      targets: [
        (g.commitments ?? []).filter((c) => c.kind === 'target'),
        (p.commitments ?? []).filter((c) => c.kind === 'target'),
      ],
      persons: [
        [...new Set((g.persons ?? []).map((x) => foldName(typeof x === 'string' ? x : x.name)))],
        [...new Set((p.persons ?? []).map((x) => foldName(typeof x === 'string' ? x : x.name)))],
      ],
    } as const;
    const counts = {} as DocScore['counts'];
    for (const k of KINDS) {
      const [gs, ps] = sets[k] as readonly [readonly unknown[], readonly unknown[]];
      const { n, pairs } =
        k === 'events'
          ? matchEvents(gs as EventLike[], ps as EventLike[])
          : k === 'figures'
            ? maxMatching(
                gs as FigureLike[],
                ps as FigureLike[],
                (a, b) => a.metric === b.metric && close(a.value, b.value) && periodMatch(a.period, b.period),
              )
            : k === 'targets'
              ? maxMatching(
                  gs as FigureLike[],
                  ps as FigureLike[],
                  (a, b) => a.metric === b.metric && close(a.value, b.value),
                )
              : maxMatching(gs, ps, (a, b) => a === b);
      total[k].tp += n;
      total[k].gold += gs.length;
      total[k].pred += ps.length;
      const mg = new Set(pairs.map(([i]) => i));
      const mp = new Set(pairs.map(([, j]) => j));
      counts[k] = {
        tp: n,
        gold: gs.length,
        pred: ps.length,
        missed: gs.filter((_, i) => !mg.has(i)),
        spurious: ps.filter((_, j) => !mp.has(j)),
      };
      if (k === 'events') {
        for (const [i, j] of pairs) {
          const ge = gs[i] as EventLike;
          const pe = ps[j] as EventLike & { status?: string };
          attr.status[1]!++;
          if ((ge as { status?: string }).status === pe.status) attr.status[0]!++;
          attr.type[1]!++;
          if (ge.type === pe.type) attr.type[0]!++;
          attr.exactDates[1]!++;
          if (
            String(ge.start) === String(pe.start) &&
            String(ge.end ?? ge.start) === String(pe.end ?? pe.start)
          )
            attr.exactDates[0]!++;
        }
      }
    }
    perDoc.push({ id, missing: !predictions.has(id), counts });
  }
  const ratio = ([a, b]: number[]) => (b ? Number((a! / b).toFixed(3)) : null);
  return {
    summary: Object.fromEntries(KINDS.map((k) => [k, prf(total[k])])) as Record<Kind, KindScore>,
    matchedEventAttributes: {
      type: ratio(attr.type),
      status: ratio(attr.status),
      exactDates: ratio(attr.exactDates),
    },
    missing: perDoc.filter((d) => d.missing).map((d) => d.id),
    perDoc,
  };
}

function prf({ tp, gold, pred }: Counts): KindScore {
  const p = pred ? tp / pred : gold ? 0 : 1;
  const r = gold ? tp / gold : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return {
    precision: Number(p.toFixed(3)),
    recall: Number(r.toFixed(3)),
    f1: Number(f.toFixed(3)),
    tp,
    gold,
    pred,
  };
}

/** The reference scorer's table, line for line. */
export function formatScorecard(card: Scorecard): string {
  const lines: string[] = [];
  if (card.missing.length) lines.push(`no prediction for: ${card.missing.join(', ')}`);
  lines.push('kind      precision recall  f1     (tp/gold/pred)');
  for (const k of KINDS) {
    const s = card.summary[k];
    lines.push(
      `${k.padEnd(9)} ${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(6)}  ${s.f1.toFixed(3)}  (${s.tp}/${s.gold}/${s.pred})`,
    );
  }
  const a = card.matchedEventAttributes;
  lines.push(`matched events: type exact ${a.type}, status ${a.status}, dates exact ${a.exactDates}`);
  lines.push(KINDS.map((k) => `${k} F1 ${card.summary[k].f1.toFixed(3)}`).join(' · '));
  return lines.join('\n');
}
