/**
 * Commitment vocabulary per language, read once from
 * knowledge/lang/<code>/commitments.yaml, validated with zod and compiled to
 * phrase sets. Targets use the figures vocabulary (figures.yaml `modes`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { AREAS, type Area } from '../../model/extraction.ts';
import { LEXICON_DIR } from '../figures/data.ts';
import { PhraseSet } from '../figures/phrases.ts';

const Phrases = z.array(z.string().min(1)).default([]);

export const CommitmentsFile = z.object({
  wordBoundaries: z.boolean().default(true),
  pledge: z.object({
    cues: Phrases,
    subjects: Phrases,
    nonSubjects: Phrases,
    beliefs: Phrases,
    both: Phrases,
    complementizers: Phrases,
    lead: Phrases,
    adverbs: Phrases,
    trailing: Phrases,
    generic: Phrases,
    events: Phrases,
    minWords: z.number().int().positive(),
    maxWords: z.number().int().positive(),
  }),
  agreement: z.object({
    signing: Phrases,
    documents: Phrases,
    bare: Phrases,
    topics: Phrases,
    stops: Phrases,
    wordsBefore: z.number().int().nonnegative().default(2),
    maxWords: z.number().int().positive(),
  }),
  parties: z.object({ both: Phrases }),
  areas: z.partialRecord(z.enum(AREAS), Phrases),
  metricAreas: z.record(z.string(), z.enum(AREAS)).default({}),
});
export type CommitmentsFile = z.infer<typeof CommitmentsFile>;

export interface CommitmentLexicon {
  readonly file: CommitmentsFile;
  readonly spaced: boolean;
  readonly pledgeCues: PhraseSet;
  readonly subjects: PhraseSet;
  readonly nonSubjects: PhraseSet;
  readonly beliefs: PhraseSet;
  readonly pledgeBoth: PhraseSet;
  readonly complementizers: PhraseSet;
  readonly lead: PhraseSet;
  readonly trailing: ReadonlySet<string>;
  readonly adverbs: PhraseSet;
  /** Folded generic words, for a word-by-word test. */
  readonly generic: ReadonlySet<string>;
  readonly events: PhraseSet;
  readonly signing: PhraseSet;
  readonly documents: PhraseSet;
  readonly bare: ReadonlySet<string>;
  readonly topics: PhraseSet;
  readonly stops: PhraseSet;
  readonly both: PhraseSet;
  /** Areas in order of precedence. */
  readonly areas: readonly { readonly area: Area; readonly set: PhraseSet }[];
  readonly metricAreas: Readonly<Record<string, Area>>;
}

const cache = new Map<string, CommitmentLexicon>();

export function compileCommitments(file: CommitmentsFile): CommitmentLexicon {
  const b = file.wordBoundaries;
  const set = (phrases: readonly string[]) => new PhraseSet(phrases, { left: b, right: b });
  const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  return {
    file,
    spaced: b,
    pledgeCues: set(file.pledge.cues),
    subjects: set(file.pledge.subjects),
    nonSubjects: set(file.pledge.nonSubjects),
    beliefs: set(file.pledge.beliefs),
    pledgeBoth: set(file.pledge.both),
    complementizers: set(file.pledge.complementizers),
    lead: set(file.pledge.lead),
    trailing: lower(file.pledge.trailing),
    adverbs: set(file.pledge.adverbs),
    generic: lower(file.pledge.generic),
    events: set(file.pledge.events),
    signing: set(file.agreement.signing),
    documents: set(file.agreement.documents),
    bare: lower(file.agreement.bare),
    topics: set(file.agreement.topics),
    stops: set(file.agreement.stops),
    both: set(file.parties.both),
    areas: Object.entries(file.areas).map(([area, words]) => ({ area: area as Area, set: set(words ?? []) })),
    metricAreas: file.metricAreas,
  };
}

/** The lexicon of a language, read and validated on first use. Throws on a broken data file (a bug, not input). */
export function commitmentLexicon(language: string): CommitmentLexicon {
  const cached = cache.get(language);
  if (cached) return cached;
  const file = path.join(LEXICON_DIR, language, 'commitments.yaml');
  const parsed = CommitmentsFile.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  const lexicon = compileCommitments(parsed.data);
  cache.set(language, lexicon);
  return lexicon;
}
