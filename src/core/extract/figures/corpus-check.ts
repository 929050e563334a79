/**
 * Test support only: runs findFigures/findCommitments over a corpus folder of
 * ../shared (NAME.txt + NAME.gold.json + index.tsv) and scores them with the
 * reference scorer's rules for figures and targets (same metric, value within
 * 2%, period year equal when gold gives one; one-to-one maximum matching).
 *
 * Contexts are built the way the pipeline builds them: the team's sentence
 * splitter, reference date and time reader; countries from the tiny table of
 * testing.ts; the pair from the corpus index.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { prepare } from '../../ingest/index.ts';
import type { Span } from '../../model/document.ts';
import { CORE_METRICS, type Commitment, type Figure } from '../../model/extraction.ts';
import { findCommitments } from '../commitments/index.ts';
import { splitSentences } from '../segment/index.ts';
import { findTimes, referenceDate } from '../time/index.ts';
import type { SentenceContext } from './context.ts';
import { findFiguresInSentences } from './index.ts';
import { findCountries } from './testing.ts';

interface GoldItem {
  metric?: string | undefined;
  value?: number | undefined;
  period?: string | null | undefined;
  kind?: string | undefined;
}
export interface Tally {
  tp: number;
  gold: number;
  pred: number;
  missed: { doc: string; item: GoldItem }[];
  spurious: { doc: string; item: GoldItem }[];
}
export interface CorpusScore {
  figures: Tally;
  /** Figures matched on metric and value only: how well numbers are bound, whatever the reference date. */
  figuresAnyPeriod: Tally;
  targets: Tally;
  docs: number;
}

export interface CorpusOptions {
  /**
   * When the text gives no publication date, take the end of the latest
   * year-to-date period it states ("first five months of 2018" → 2018-05) as
   * the reference. A proposal for the reference-date step, measured here.
   */
  readonly referenceFallback?: boolean;
}

const CORE: ReadonlySet<string> = new Set(CORE_METRICS);
const close = (a: number, b: number) =>
  a === b || Math.abs(a - b) <= 0.02 * Math.max(Math.abs(a), Math.abs(b));
function periodMatch(g: string | null | undefined, p: string | null | undefined): boolean {
  if (g == null || g === '') return true;
  if (p == null) return false;
  if (g === 'cumulative' || p === 'cumulative') return g === p;
  return g.slice(0, 4) === p.slice(0, 4);
}
const figureMatch = (g: GoldItem, p: GoldItem) =>
  g.metric === p.metric && close(Number(g.value), Number(p.value)) && periodMatch(g.period, p.period);
const targetMatch = (g: GoldItem, p: GoldItem) =>
  g.metric === p.metric && close(Number(g.value), Number(p.value));

/** Kuhn's maximum bipartite matching, as in score.mjs; returns matched gold and pred indexes. */
function match(
  gold: readonly GoldItem[],
  pred: readonly GoldItem[],
  ok: (g: GoldItem, p: GoldItem) => boolean,
) {
  const owner = new Array<number>(pred.length).fill(-1);
  const adj = gold.map((g) => pred.map((p, j) => (ok(g, p) ? j : -1)).filter((j) => j >= 0));
  const tryAssign = (i: number, seen: boolean[]): boolean => {
    for (const j of adj[i] ?? []) {
      if (seen[j]) continue;
      seen[j] = true;
      if (owner[j]! < 0 || tryAssign(owner[j]!, seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < gold.length; i++) tryAssign(i, new Array<boolean>(pred.length).fill(false));
  return {
    gold: new Set(owner.filter((i) => i >= 0)),
    pred: new Set(owner.flatMap((i, j) => (i >= 0 ? [j] : []))),
  };
}

function tally(
  t: Tally,
  doc: string,
  gold: GoldItem[],
  pred: GoldItem[],
  ok: (g: GoldItem, p: GoldItem) => boolean,
) {
  const m = match(gold, pred, ok);
  t.tp += m.gold.size;
  t.gold += gold.length;
  t.pred += pred.length;
  for (const [i, item] of gold.entries()) if (!m.gold.has(i)) t.missed.push({ doc, item });
  for (const [j, item] of pred.entries()) if (!m.pred.has(j)) t.spurious.push({ doc, item });
}

/** One document's contexts, as the pipeline builds them from a cleaned text. */
export function contextsOf(
  text: string,
  language: 'en' | 'vi' | 'lo',
  pair: [string, string] | null,
  published: string | null = null,
  captions: readonly Span[] = [],
  options: CorpusOptions = {},
): SentenceContext[] {
  const reference =
    referenceDate(published, text, language) ??
    (options.referenceFallback ? periodEnd(text, language) : null);
  return splitSentences(text, language, captions).map((s) => {
    const t = text.slice(s.start, s.end);
    return {
      text: t,
      offset: s.start,
      language,
      reference,
      times: findTimes(t, { reference, language }),
      countries: findCountries(t),
      pair,
    };
  });
}

function periodEnd(text: string, language: 'en' | 'vi' | 'lo'): string | null {
  const ends = findTimes(text, { reference: null, language })
    .filter((t) => t.kind === 'period' && t.precision === 'month' && t.from.endsWith('-01') && t.to > t.from)
    .map((t) => t.to);
  return ends.sort().at(-1) ?? null;
}

export interface DocOutput {
  figures: Figure[];
  commitments: Commitment[];
}

/** Same item twice in one document (a headline repeating the body) is one item, as consolidation makes it. */
function dedupe<
  T extends {
    metric?: string | undefined;
    value?: number | undefined;
    period?: string | null;
    text?: string;
  },
>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((x) => {
    const key = x.metric ? `${x.metric}|${x.value}|${x.period ?? ''}` : `text|${x.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Cleans a raw corpus file with the ingest pipeline (as the store would), then reads it. */
export function runDocument(
  raw: string,
  language: 'en' | 'vi' | 'lo',
  pair: [string, string] | null,
  options: CorpusOptions = {},
): DocOutput {
  const [item] = prepare({
    origin: 'corpus',
    name: 'corpus',
    bytes: new TextEncoder().encode(raw),
    format: 'text',
  });
  const draft = item?.kind === 'document' && item.result.ok ? item.result.value : null;
  const text = draft?.text ?? raw;
  const published = draft?.published && /^\d{4}-\d{2}-\d{2}$/.test(draft.published) ? draft.published : null;
  const contexts = contextsOf(text, language, pair, published, draft?.captions ?? [], options);
  const figures = dedupe(findFiguresInSentences(contexts).flat());
  const commitments = dedupe(contexts.flatMap((c) => findCommitments(c)));
  return { figures, commitments };
}

export function scoreCorpus(dir: string, options: CorpusOptions = {}): CorpusScore {
  const rows = readFileSync(path.join(dir, 'index.tsv'), 'utf8').split('\n').slice(1).filter(Boolean);
  const header = readFileSync(path.join(dir, 'index.tsv'), 'utf8').split('\n')[0]!.split('\t');
  const col = (name: string) => header.indexOf(name);
  const empty = (): Tally => ({ tp: 0, gold: 0, pred: 0, missed: [], spurious: [] });
  const score: CorpusScore = { figures: empty(), figuresAnyPeriod: empty(), targets: empty(), docs: 0 };
  for (const row of rows) {
    const cells = row.split('\t');
    const id = cells[0]!;
    const language = (cells[col('language')] ?? 'en') as 'en' | 'vi' | 'lo';
    const pair = (cells[col('pair')]?.split('-') ?? null) as [string, string] | null;
    const text = readFileSync(path.join(dir, `${id}.txt`), 'utf8');
    const gold = JSON.parse(readFileSync(path.join(dir, `${id}.gold.json`), 'utf8')) as {
      figures?: GoldItem[];
      commitments?: GoldItem[];
    };
    const out = runDocument(text, ['en', 'vi', 'lo'].includes(language) ? language : 'en', pair, options);
    const core = (x: GoldItem) => CORE.has(x.metric ?? '');
    tally(score.figures, id, (gold.figures ?? []).filter(core), out.figures.filter(core), figureMatch);
    tally(
      score.figuresAnyPeriod,
      id,
      (gold.figures ?? []).filter(core),
      out.figures.filter(core),
      targetMatch,
    );
    const targets = (xs: readonly GoldItem[]) => xs.filter((c) => c.kind === 'target');
    tally(score.targets, id, targets(gold.commitments ?? []), targets(out.commitments), targetMatch);
    score.docs++;
  }
  return score;
}

export function f1(t: Pick<Tally, 'tp' | 'gold' | 'pred'>): number {
  const p = t.pred ? t.tp / t.pred : t.gold ? 0 : 1;
  const r = t.gold ? t.tp / t.gold : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
