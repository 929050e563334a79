/**
 * Per-language entity data, read once from knowledge/lang/<code>/entities.yaml
 * and validated: honorifics, roles, description patterns, credit markers and
 * the name cultures (how a Vietnamese name is built). Code holds no word lists.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { type KnownLanguage, LANGUAGES } from '../../model/document.ts';
import { foldKey } from '../../text/fold.ts';
import { type Token, tokenize } from './tokens.ts';

const Words = z.array(z.string().min(1)).default([]);

const DESCRIPTION_KINDS = ['counterpart', 'host', 'guest', 'leader', 'latter'] as const;
export type DescriptionKind = (typeof DESCRIPTION_KINDS)[number];

const NameCulture = z.object({
  surnames: z.array(z.string().min(1)),
  syllable: z.string(),
  maxSyllables: z.number().int().min(2).default(4),
  country: z.string().optional(),
});

const EntitiesFile = z.strictObject({
  spaced: z.boolean().default(true),
  exactWords: z.boolean().default(false),
  honorifics: Words,
  roles: Words,
  titleModifiers: Words,
  pastMarkers: Words,
  titleLinks: Words,
  complementLinks: Words,
  definiteArticles: Words,
  capitalisedBodies: z.boolean().default(false),
  appositionOpeners: Words,
  institutionWords: Words,
  notNames: Words,
  nonPersonAfter: Words,
  nonPersonBefore: Words,
  creditMarkers: Words,
  reportingVerbs: Words,
  possessives: Words,
  descriptions: z.partialRecord(z.enum(DESCRIPTION_KINDS), z.array(z.string().min(1))).default({}),
  nameJoiners: Words,
  bareSurnameNames: z.boolean().default(false),
  names: NameCulture.optional(),
});

/** A description pattern as folded words and slots. */
export type PatternPart = { readonly word: string } | { readonly slot: 'country' | 'poss' | 'title' };

export interface NameCultureRules {
  readonly language: KnownLanguage;
  readonly surnames: ReadonlySet<string>;
  readonly syllable: RegExp;
  readonly maxSyllables: number;
  /** Where a person with such a name is from when the text does not say. */
  readonly country: string | null;
}

export interface Lexicon {
  readonly language: KnownLanguage;
  /** False for scripts written without spaces between words (Lao). */
  readonly spaced: boolean;
  /** Compare the language's own words with their diacritics (Vietnamese: `phủ` is not `Phu`). */
  readonly exactWords: boolean;
  /** The form of a text word that the lists below hold: folded, or lower case as written when `exactWords`. */
  word(t: Token): string;
  /** Multi-word phrases as written; the gazetteer folds them. */
  readonly honorifics: readonly string[];
  readonly roles: readonly string[];
  readonly titleModifiers: ReadonlySet<string>;
  /** Phrases, as lists of words. */
  readonly pastMarkers: readonly (readonly string[])[];
  readonly titleLinks: ReadonlySet<string>;
  /** Links after which words qualify the title before them ("of" in "President of the Front"). */
  readonly complementLinks: ReadonlySet<string>;
  /** A title standing alone for a person needs one of these before it, or a country ("the Prime Minister"). */
  readonly definiteArticles: ReadonlySet<string>;
  /** Names of bodies are capitalised (English): lower-case words join a title only as a complement. */
  readonly capitalisedBodies: boolean;
  readonly appositionOpeners: ReadonlySet<string>;
  /** As written; the gazetteer indexes their words folded and as written. */
  readonly institutionWords: readonly string[];
  readonly notNames: ReadonlySet<string>;
  readonly nonPersonAfter: ReadonlySet<string>;
  readonly nonPersonBefore: readonly (readonly string[])[];
  /** As written: credits are matched case-sensitively. */
  readonly creditMarkers: readonly string[];
  readonly reportingVerbs: readonly (readonly string[])[];
  readonly possessives: ReadonlySet<string>;
  readonly descriptions: readonly {
    readonly kind: DescriptionKind;
    readonly parts: readonly PatternPart[];
  }[];
  readonly nameJoiners: readonly string[];
  readonly bareSurnameNames: boolean;
  /** Name cultures of every language (a Vietnamese name in English text is still Vietnamese). */
  readonly cultures: readonly NameCultureRules[];
}

const DIR = path.resolve(import.meta.dirname, '../../../../knowledge/lang');
type EntitiesData = z.infer<typeof EntitiesFile>;
const files = new Map<KnownLanguage, EntitiesData>();
const lexicons = new Map<KnownLanguage, Lexicon>();

function readFile(language: KnownLanguage): EntitiesData {
  let data = files.get(language);
  if (!data) {
    const file = path.join(DIR, language, 'entities.yaml');
    const raw = existsSync(file) ? parse(readFileSync(file, 'utf8')) : {};
    const parsed = EntitiesFile.safeParse(raw ?? {});
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
    data = parsed.data;
    files.set(language, data);
  }
  return data;
}

/** Words of a phrase in the form `word` gives for text words. */
function phraseWords(phrase: string, exact: boolean): string[] {
  return tokenize(phrase).map((t) => (exact ? t.lower : t.fold));
}

function compilePattern(pattern: string, exact: boolean): PatternPart[] {
  return pattern
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w): PatternPart[] => {
      const slot = /^\{(country|poss|title)\}$/.exec(w)?.[1];
      if (slot) return [{ slot: slot as 'country' | 'poss' | 'title' }];
      return phraseWords(w, exact).map((word) => ({ word }));
    });
}

export function lexiconFor(language: KnownLanguage): Lexicon {
  let lex = lexicons.get(language);
  if (lex) return lex;
  const d = readFile(language);
  const cultures: NameCultureRules[] = [];
  for (const other of LANGUAGES) {
    const names = readFile(other).names;
    if (!names) continue;
    cultures.push({
      language: other,
      surnames: new Set(names.surnames.map(foldKey)),
      syllable: new RegExp(names.syllable, 'u'),
      maxSyllables: names.maxSyllables,
      country: names.country ?? null,
    });
  }
  const exact = d.exactWords;
  const set = (words: readonly string[]) =>
    new Set(words.map((w) => phraseWords(w, exact).join(' ')).filter(Boolean));
  const phrases = (words: readonly string[]) =>
    words.map((w) => phraseWords(w, exact)).filter((ws) => ws.length > 0);
  lex = {
    language,
    spaced: d.spaced,
    exactWords: exact,
    word: exact ? (t) => t.lower : (t) => t.fold,
    honorifics: d.honorifics,
    roles: d.roles,
    titleModifiers: set(d.titleModifiers),
    pastMarkers: phrases(d.pastMarkers),
    titleLinks: set(d.titleLinks),
    complementLinks: set(d.complementLinks),
    definiteArticles: set(d.definiteArticles),
    capitalisedBodies: d.capitalisedBodies,
    appositionOpeners: set(d.appositionOpeners),
    institutionWords: d.institutionWords,
    notNames: set(d.notNames),
    nonPersonAfter: set(d.nonPersonAfter),
    nonPersonBefore: phrases(d.nonPersonBefore),
    creditMarkers: d.creditMarkers,
    reportingVerbs: phrases(d.reportingVerbs),
    possessives: set(d.possessives),
    descriptions: Object.entries(d.descriptions).flatMap(([kind, patterns]) =>
      (patterns ?? []).map((p) => ({ kind: kind as DescriptionKind, parts: compilePattern(p, exact) })),
    ),
    nameJoiners: d.nameJoiners,
    bareSurnameNames: d.bareSurnameNames,
    cultures,
  };
  lexicons.set(language, lex);
  return lex;
}

/** Whether `phrase` (words in the lexicon's form) is written at tokens `i`, `i + 1`, ... */
export function phraseAt(
  lex: Lexicon,
  tokens: readonly Token[],
  i: number,
  phrase: readonly string[],
): boolean {
  if (i < 0) return false;
  for (let k = 0; k < phrase.length; k++) {
    const t = tokens[i + k];
    if (!t || lex.word(t) !== phrase[k]) return false;
  }
  return phrase.length > 0;
}
