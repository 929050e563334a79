/**
 * The ingest pipeline's data: agency names, marker words, language hints.
 *
 * They live as YAML under `knowledge/ingest/` and are read here, once, when
 * this module is first imported, then validated with zod. This is the only
 * file of the pure core that touches the file system: a module-load read of
 * fixed project files, never a read per document. A broken data file throws
 * at import (a bug in the checkout, not an input problem), naming the file.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const DATA_DIR = new URL('../../../knowledge/ingest/', import.meta.url);

const Words = z.array(z.string().min(1));

const LanguagesFile = z.strictObject({
  languages: z.record(
    z.enum(['en', 'vi', 'lo']),
    z.strictObject({
      /** Inclusive code point ranges of the language's own script. */
      scripts: z.array(z.tuple([z.number().int(), z.number().int()])),
      letters: z.string(),
      stopwords: Words,
    }),
  ),
});

const AgenciesFile = z.strictObject({
  agencies: z.array(
    z.strictObject({
      code: z.string().min(1),
      names: Words.min(1),
      /** May stand alone at the start of a text as a dateline (`VGP - ...`). */
      dateline: z.boolean().optional(),
    }),
  ),
});

const MarkersFile = z.strictObject({
  photoLabels: Words,
  captionPositions: Words,
  sourceLabels: Words,
  accordingTo: Words,
  reportVerbs: Words,
  bylineLabels: Words,
  dateLabels: Words,
  months: z.array(Words.min(1)).length(12),
  weekdays: Words,
  writtenDate: z.strictObject({ day: z.string(), month: z.string(), year: z.string() }),
  navigation: z.strictObject({ lines: Words, prefixes: Words, tokens: Words }),
});

export type LanguagesData = z.infer<typeof LanguagesFile>;
export type AgenciesData = z.infer<typeof AgenciesFile>;
export type MarkersData = z.infer<typeof MarkersFile>;

function load<T>(file: string, schema: z.ZodType<T>): T {
  const url = new URL(file, DATA_DIR);
  const parsed = schema.safeParse(parse(readFileSync(url, 'utf8')));
  if (!parsed.success)
    throw new Error(`knowledge/ingest/${file} is invalid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export const LANGUAGE_DATA: LanguagesData = load('languages.yaml', LanguagesFile);
export const AGENCY_DATA: AgenciesData = load('agencies.yaml', AgenciesFile);
export const MARKERS: MarkersData = load('markers.yaml', MarkersFile);

/** Escapes a word for use inside a RegExp; spaces match any run of spaces. */
export function escapeForRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ +/g, '\\s+');
}

/** An alternation of words, longest first so that `Updated` is tried before `Update`. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeForRegExp)
    .join('|');
}
