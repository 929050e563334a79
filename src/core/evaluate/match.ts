import { CORE_METRICS } from '../model/extraction.ts';

/**
 * Matching rules of the reference scorer (../shared/tools/score.mjs), kept
 * rule for rule so `cohesion eval` prints the same numbers on the same input.
 */

export interface EventLike {
  readonly type?: string | undefined;
  readonly start?: string | null | undefined;
  readonly end?: string | null | undefined;
  readonly location?: { readonly country?: string | null } | null | undefined;
  readonly ordinal?: number | null | undefined;
  readonly participants?: readonly string[] | undefined;
}

/** The scorer folds like foldKey, except it maps every non-letter/digit run to one space (marks included). */
export const foldName = (s: unknown) =>
  String(s ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function interval(d: string | null | undefined): [string, string] | null {
  if (d == null || d === '') return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(String(d));
  if (!m) return null;
  const [, y, mo, da] = m;
  if (da) return [`${y}-${mo}-${da}`, `${y}-${mo}-${da}`];
  if (mo) return [`${y}-${mo}-01`, `${y}-${mo}-31`];
  return [`${y}-01-01`, `${y}-12-31`];
}

function span(e: EventLike): [string, string] | null {
  const a = interval(e.start);
  const b = interval(e.end ?? e.start);
  if (!a && !b) return null;
  return [(a ?? b)![0], (b ?? a)![1]];
}

const overlaps = (x: [string, string] | null, y: [string, string] | null) =>
  !x || !y || (x[0] <= y[1] && y[0] <= x[1]);
const family = (t: string | undefined) => (t === 'talks' || t === 'meeting' ? 'consult' : t);
const country = (e: EventLike) => e.location?.country ?? null;

export function eventMatch(g: EventLike, p: EventLike, strictType = false): boolean {
  if (strictType ? g.type !== p.type : family(g.type) !== family(p.type)) return false;
  if (!overlaps(span(g), span(p))) return false;
  if (country(g) && country(p) && country(g) !== country(p)) return false;
  if (g.ordinal != null && p.ordinal != null && Number(g.ordinal) !== Number(p.ordinal)) return false;
  const gp = (g.participants ?? []).map(foldName);
  if (gp.length) {
    const pp = new Set((p.participants ?? []).map(foldName));
    const hit = gp.filter((n) => pp.has(n)).length;
    if (hit * 2 < gp.length) return false;
  }
  return true;
}

export const close = (a: unknown, b: unknown): boolean => {
  const x = Number(a);
  const y = Number(b);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  if (x === y) return true;
  return Math.abs(x - y) <= 0.02 * Math.max(Math.abs(x), Math.abs(y));
};

export function periodMatch(g: unknown, p: unknown): boolean {
  if (g == null || g === '') return true;
  if (p == null) return false;
  const gs = String(g);
  const ps = String(p);
  if (gs === 'cumulative' || ps === 'cumulative') return gs === ps;
  return gs.slice(0, 4) === ps.slice(0, 4);
}

/** Only the schema's core metrics are scored, on both sides. */
export const SCORED_METRICS: ReadonlySet<string> = new Set(CORE_METRICS);

/** Kuhn's augmenting-path maximum bipartite matching; pairs are [goldIndex, predIndex]. */
export function maxMatching<G, P>(gold: readonly G[], pred: readonly P[], ok: (g: G, p: P) => boolean) {
  const matchOfPred = new Array<number>(pred.length).fill(-1);
  const adj = gold.map((g) => pred.map((p, j) => (ok(g, p) ? j : -1)).filter((j) => j >= 0));
  const tryAssign = (i: number, seen: boolean[]): boolean => {
    for (const j of adj[i] ?? []) {
      if (seen[j]) continue;
      seen[j] = true;
      if (matchOfPred[j]! < 0 || tryAssign(matchOfPred[j]!, seen)) {
        matchOfPred[j] = i;
        return true;
      }
    }
    return false;
  };
  let n = 0;
  for (let i = 0; i < gold.length; i++) if (tryAssign(i, new Array<boolean>(pred.length).fill(false))) n++;
  const pairs: [number, number][] = [];
  matchOfPred.forEach((i, j) => {
    if (i >= 0) pairs.push([i, j]);
  });
  return { n, pairs };
}

/** Two rounds, as the reference: exact-type pairs first, then the talks/meeting family on what is left. */
export function matchEvents(gold: readonly EventLike[], pred: readonly EventLike[]) {
  const first = maxMatching(gold, pred, (g, p) => eventMatch(g, p, true));
  const gi = new Set(first.pairs.map(([i]) => i));
  const pj = new Set(first.pairs.map(([, j]) => j));
  const restG = gold.map((_, i) => i).filter((i) => !gi.has(i));
  const restP = pred.map((_, j) => j).filter((j) => !pj.has(j));
  const second = maxMatching(
    restG.map((i) => gold[i]!),
    restP.map((j) => pred[j]!),
    (g, p) => eventMatch(g, p),
  );
  const pairs: [number, number][] = [
    ...first.pairs,
    ...second.pairs.map(([a, b]): [number, number] => [restG[a]!, restP[b]!]),
  ];
  return { n: pairs.length, pairs };
}
