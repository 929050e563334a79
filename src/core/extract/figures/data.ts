/**
 * Figure vocabulary per language, read once from knowledge/lang/<code>/figures.yaml,
 * validated with zod and compiled to phrase sets. Code holds no cue words:
 * adding a metric or a language is editing data.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { PhraseSet } from './phrases.ts';

const Phrases = z.array(z.string().min(1)).default([]);

export const MetricDef = z.object({
  metric: z.string().regex(/^[a-z][a-z0-9_]*$/),
  kind: z.enum(['money', 'count', 'measure']),
  cues: Phrases,
  /** Count nouns after the number ("250 projects"). */
  nouns: Phrases,
  /** Units a measure metric accepts (MW, kWh). */
  units: Phrases,
  /** Generic words (cost, worth): used only when no specific cue is near. */
  weak: z.boolean().default(false),
  /** A stock that can be a running total (period `cumulative`). */
  stock: z.boolean().default(false),
  /** How from/to are read: outward (giver/seller/investor → other), imports (seller ← buyer), students (origin → host). */
  direction: z.enum(['none', 'outward', 'imports', 'students']).default('none'),
  /** Name of the metric for a percent change of this one. */
  growth: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/)
    .optional(),
  /** For counts: at least one of these must occur in the sentence ("licensed" for investment projects). */
  requires: Phrases,
  /** For counts: the noun must carry a country ("Lao students", "students from Laos"). */
  requiresCountry: z.boolean().default(false),
});
export type MetricDef = z.infer<typeof MetricDef>;

const Modifier = z.object({
  name: z.string().regex(/^[a-z]+$/),
  position: z.enum(['prefix', 'suffix']),
  kinds: z
    .array(z.enum(['money', 'count', 'measure', 'percent']))
    .default(['money', 'count', 'measure', 'percent']),
  cues: Phrases,
});

export const FiguresFile = z.object({
  numbers: z.object({ decimal: z.enum(['.', ',']), group: z.enum(['.', ',', ' ']) }),
  wordBoundaries: z.boolean().default(true),
  multipliers: z.array(z.object({ value: z.number().positive(), words: Phrases })),
  currencies: z.array(z.object({ code: z.string().regex(/^[A-Z]{3}$/), prefix: Phrases, suffix: Phrases })),
  percent: Phrases,
  measures: z.array(z.object({ unit: z.string().min(1), words: Phrases })).default([]),
  qualifiers: z.object({ about: Phrases, over: Phrases, under: Phrases }),
  rangeLinks: Phrases,
  betweenLeads: Phrases,
  betweenLinks: Phrases,
  identifierLeads: Phrases,
  ordinalSuffixes: Phrases,
  clauseBreaks: Phrases,
  clausePatterns: z.array(z.string()).default([]),
  glue: Phrases,
  metrics: z.array(MetricDef).min(1),
  growth: z.object({ up: Phrases, down: Phrases }),
  share: z.object({ before: Phrases, after: Phrases }),
  modifiers: z.array(Modifier).default([]),
  cumulative: Phrases,
  yearToDate: Phrases,
  timeRanges: z.object({ leads: Phrases, links: Phrases }),
  relativeTimes: Phrases,
  present: Phrases,
  comparison: z.object({ strong: Phrases, weak: Phrases }),
  anaphora: Phrases,
  countLeads: Phrases,
  direction: z.object({ toward: Phrases, from: Phrases, skip: Phrases }),
  modes: z.object({
    target: Phrases,
    targetVerbs: Phrases,
    targetLinks: Phrases,
    forecast: Phrases,
    negation: Phrases,
    baseline: Phrases,
    achieved: Phrases,
    /** Words before a verb-like word that make it a noun ("an increase of"). */
    nounMarkers: Phrases,
  }),
});
export type FiguresFile = z.infer<typeof FiguresFile>;

/** A metric cue: which metric a phrase stands for. */
export interface CueRef {
  readonly metric: MetricDef;
}

/** Everything the figure steps read, compiled for one language. */
export interface FigureLexicon {
  readonly file: FiguresFile;
  readonly spaced: boolean;
  readonly multipliers: PhraseSet;
  readonly multiplierValues: readonly number[];
  readonly currencyPrefix: PhraseSet;
  readonly currencyPrefixCodes: readonly string[];
  readonly currencySuffix: PhraseSet;
  readonly currencySuffixCodes: readonly string[];
  readonly percent: PhraseSet;
  readonly measures: PhraseSet;
  readonly measureUnits: readonly string[];
  readonly qualifiers: PhraseSet;
  readonly qualifierKinds: readonly ('about' | 'over' | 'under')[];
  readonly rangeLinks: PhraseSet;
  readonly betweenLeads: PhraseSet;
  readonly betweenLinks: PhraseSet;
  readonly identifierLeads: PhraseSet;
  readonly ordinalSuffixes: PhraseSet;
  readonly clauseBreaks: PhraseSet;
  readonly clausePatterns: readonly RegExp[];
  readonly glue: PhraseSet;
  /** Metric cue phrases over all metrics; `cueMetric[i]` is the metric of phrase i. */
  readonly cues: PhraseSet;
  readonly cueMetric: readonly MetricDef[];
  readonly nouns: PhraseSet;
  readonly nounMetric: readonly MetricDef[];
  /** Per metric, the words one of which a count needs in its sentence. */
  readonly requires: ReadonlyMap<string, PhraseSet>;
  readonly metrics: ReadonlyMap<string, MetricDef>;
  readonly growthUp: PhraseSet;
  readonly growthDown: PhraseSet;
  readonly shareBefore: PhraseSet;
  readonly shareAfter: PhraseSet;
  readonly modifiers: readonly { readonly def: z.infer<typeof Modifier>; readonly set: PhraseSet }[];
  readonly cumulative: PhraseSet;
  readonly yearToDate: PhraseSet;
  readonly rangeLeads: PhraseSet;
  readonly relativeTimes: PhraseSet;
  readonly rangeJoins: PhraseSet;
  readonly present: PhraseSet;
  readonly comparisonStrong: PhraseSet;
  readonly comparisonWeak: PhraseSet;
  readonly anaphora: PhraseSet;
  readonly countLeads: PhraseSet;
  readonly target: PhraseSet;
  readonly targetVerbs: PhraseSet;
  readonly targetLinks: PhraseSet;
  readonly forecast: PhraseSet;
  readonly negation: PhraseSet;
  readonly baseline: PhraseSet;
  readonly achieved: PhraseSet;
  readonly nounMarkers: PhraseSet;
  readonly toward: PhraseSet;
  readonly fromWords: PhraseSet;
  readonly skipWords: PhraseSet;
}

export const LEXICON_DIR = path.resolve(import.meta.dirname, '../../../../knowledge/lang');
const cache = new Map<string, FigureLexicon>();

/** Compiles a parsed file; exported so tests can build a lexicon from inline data. */
export function compileFigures(file: FiguresFile): FigureLexicon {
  const b = file.wordBoundaries;
  const set = (phrases: readonly string[], right = b, left = b) => new PhraseSet(phrases, { left, right });
  const flat = <T>(items: readonly T[], words: (t: T) => readonly string[]) => {
    const phrases: string[] = [];
    const owners: T[] = [];
    for (const item of items)
      for (const w of words(item)) {
        phrases.push(w);
        owners.push(item);
      }
    return { phrases, owners };
  };
  const mult = flat(file.multipliers, (m) => m.words);
  const pre = flat(file.currencies, (c) => c.prefix);
  const suf = flat(file.currencies, (c) => c.suffix);
  const meas = flat(file.measures, (m) => m.words);
  const quals = flat(['about', 'over', 'under'] as const, (k) => file.qualifiers[k]);
  const cues = flat(file.metrics, (m) => m.cues);
  const nouns = flat(file.metrics, (m) => m.nouns);
  return {
    file,
    spaced: b,
    // Scale words and currency codes are often glued to what follows ("524.5millionUSD").
    multipliers: set(mult.phrases, false),
    multiplierValues: mult.owners.map((m) => m.value),
    currencyPrefix: set(pre.phrases),
    currencyPrefixCodes: pre.owners.map((c) => c.code),
    // read only right after a number or scale word, so no left boundary either ("524.5millionUSD")
    currencySuffix: set(suf.phrases, false, false),
    currencySuffixCodes: suf.owners.map((c) => c.code),
    percent: set(file.percent, false),
    measures: set(meas.phrases),
    measureUnits: meas.owners.map((m) => m.unit),
    qualifiers: set(quals.phrases),
    qualifierKinds: quals.owners,
    rangeLinks: set(file.rangeLinks),
    betweenLeads: set(file.betweenLeads),
    betweenLinks: set(file.betweenLinks),
    identifierLeads: set(file.identifierLeads),
    ordinalSuffixes: set(file.ordinalSuffixes),
    clauseBreaks: new PhraseSet(file.clauseBreaks, { left: false, right: false }),
    clausePatterns: file.clausePatterns.map((p) => new RegExp(p, 'gu')),
    glue: set(file.glue),
    cues: set(cues.phrases),
    cueMetric: cues.owners,
    nouns: set(nouns.phrases),
    nounMetric: nouns.owners,
    requires: new Map(
      file.metrics.filter((m) => m.requires.length > 0).map((m) => [m.metric, set(m.requires)]),
    ),
    metrics: new Map(file.metrics.map((m) => [m.metric, m])),
    growthUp: set(file.growth.up),
    growthDown: set(file.growth.down),
    shareBefore: set(file.share.before),
    shareAfter: set(file.share.after, false),
    modifiers: file.modifiers.map((def) => ({ def, set: set(def.cues) })),
    cumulative: set(file.cumulative),
    yearToDate: set(file.yearToDate),
    rangeLeads: set(file.timeRanges.leads),
    relativeTimes: set(file.relativeTimes),
    rangeJoins: set(file.timeRanges.links),
    present: set(file.present),
    comparisonStrong: set(file.comparison.strong),
    comparisonWeak: set(file.comparison.weak),
    anaphora: set(file.anaphora),
    countLeads: set(file.countLeads),
    target: set(file.modes.target),
    targetVerbs: set(file.modes.targetVerbs),
    targetLinks: set(file.modes.targetLinks),
    forecast: set(file.modes.forecast),
    negation: set(file.modes.negation),
    baseline: set(file.modes.baseline),
    achieved: set(file.modes.achieved),
    nounMarkers: set(file.modes.nounMarkers),
    toward: set(file.direction.toward),
    fromWords: set(file.direction.from),
    skipWords: set(file.direction.skip),
  };
}

/** The lexicon of a language, read and validated on first use. Throws on a broken data file (a bug, not input). */
export function figureLexicon(language: string): FigureLexicon {
  const cached = cache.get(language);
  if (cached) return cached;
  const file = path.join(LEXICON_DIR, language, 'figures.yaml');
  const parsed = FiguresFile.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  const lexicon = compileFigures(parsed.data);
  cache.set(language, lexicon);
  return lexicon;
}
