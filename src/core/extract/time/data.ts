/**
 * Per-language time vocabulary, read once from knowledge/lang/<code>/time.yaml,
 * validated, and compiled into regular expressions. Code never holds a month
 * name: adding a language is adding a file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { KnownLanguage } from '../../model/document.ts';
import { needsOf, type PatternNeeds, WordGate } from './needs.ts';
import { BUILDS, type BuildName, type Part } from './types.ts';

const Words = (min: number, max: number) => z.record(z.string().min(1), z.number().int().min(min).max(max));
const Phrases = z.array(z.string().min(1));

const TimeFile = z.object({
  /** Words must stand alone (false for scripts written without spaces, like Lao). */
  wordBoundaries: z.boolean().default(true),
  /** Month and weekday names count only when capitalised ("May" yes, "may" no). */
  capitalizedNames: z.boolean().default(false),
  /** Read day-level dates with chrono-node (English only). */
  chrono: z.boolean().default(false),
  /** The language's own digits 0-9, read as ASCII digits. */
  digits: z.string().length(10).optional(),
  months: Words(1, 12),
  weekdays: Words(0, 6),
  counts: Words(1, 12),
  halves: Words(1, 2),
  quarters: Words(1, 4),
  relativeYears: Words(-10, 10),
  relativeMonths: Words(-12, 12),
  relativeDays: Words(-7, 7),
  modifiers: Words(-1, 1),
  parts: z.record(z.string().min(1), z.enum(['early', 'mid', 'late'])),
  deadlines: Phrases,
  dayparts: Phrases,
  clock: Phrases,
  future: Phrases,
  published: Phrases,
  cues: z.object({ day: Phrases.default([]), month: Phrases.default([]), year: Phrases.default([]) }),
  patterns: z.array(z.object({ build: z.enum(BUILDS), match: z.string().min(1) })).min(1),
});
export type TimeFile = z.infer<typeof TimeFile>;

/** Slots a pattern can capture; `2` marks the second of a pair ("from {month} to {month2}"). */
export type Slot =
  | 'day'
  | 'day2'
  | 'month'
  | 'month2'
  | 'year'
  | 'year2'
  | 'weekday'
  | 'count'
  | 'half'
  | 'quarter'
  | 'relyear'
  | 'relmonth'
  | 'relday'
  | 'part'
  | 'modifier';

export interface CompiledPattern {
  readonly build: BuildName;
  readonly regex: RegExp;
  /** What a sentence must contain for the pattern to have a chance (see needs.ts). */
  readonly needs: PatternNeeds;
}

/** Everything the stage needs for one language, compiled. */
export interface LangTime {
  readonly language: KnownLanguage;
  readonly capitalizedNames: boolean;
  readonly chrono: boolean;
  readonly digits: string | undefined;
  readonly patterns: readonly CompiledPattern[];
  /** Numeric value of a captured word, per slot (keys folded by `wordKey`). */
  readonly values: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly parts: ReadonlyMap<string, Part>;
  /** End-anchored: the words just before an atom. */
  readonly partBefore: RegExp | undefined;
  readonly deadlineBefore: RegExp | undefined;
  readonly modifierBefore: RegExp | undefined;
  readonly publishedBefore: RegExp | undefined;
  readonly future: RegExp | undefined;
  /** Any month name (case-insensitive). */
  readonly monthName: RegExp | undefined;
  /** Any weekday name (case-insensitive). */
  readonly weekdayName: RegExp | undefined;
  /** A lower-case letter glued to a capitalised month name ("onFebruary 5"), case-sensitive. */
  readonly gluedMonth: RegExp | undefined;
  /** A lower-case letter before the first letter of a capitalised month name: gluedMonth's cheap precondition. */
  readonly gluedStart: RegExp | undefined;
  /** Phrases blanked before chrono reads a sentence (parts of day, "end of", "this year", clock times). */
  readonly chronoMask: RegExp | undefined;
  /** Cheap test: can this sentence hold a time expression at all? */
  readonly trigger: RegExp;
  /** A cheaper test first: false when no trigger word can occur (numbers are tested apart). */
  readonly triggerWords: WordGate;
}

const DIR = path.resolve(import.meta.dirname, '../../../../knowledge/lang');
const cache = new Map<KnownLanguage, LangTime>();

/** The compiled time vocabulary of a language (read and validated on first use). */
export function timeData(language: KnownLanguage): LangTime {
  let data = cache.get(language);
  if (!data) {
    const file = path.join(DIR, language, 'time.yaml');
    data = compile(language, TimeFile.parse(parse(readFileSync(file, 'utf8'))));
    cache.set(language, data);
  }
  return data;
}

/** wordKey runs on every captured word: the two replacements showed in profiles. */
const keys = new Map<string, string>();

/** How captured words are looked up: lower case, single spaces, no final stop. */
export function wordKey(s: string): string {
  let key = keys.get(s);
  if (key === undefined) {
    key = s.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
    // Captures are words of the lists in a few spellings; the bound keeps odd input from growing it.
    if (keys.size > 10_000) keys.clear();
    keys.set(s, key);
  }
  return key;
}

const LETTER = '[\\p{L}\\p{M}\\p{N}]';
const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Alternation of phrases, longest first, each standing alone where the
 * language has word boundaries. Phrases are grouped by whether they start and
 * end with a letter, so each group shares one boundary check (a check per
 * phrase makes the regex several times slower).
 */
export function alternation(phrases: readonly string[], boundaries: boolean): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  const body = (p: string): string => escapeRegex(p).replace(/ +/g, '\\s+');
  if (!boundaries) return sorted.map(body).join('|');
  const groups = new Map<string, string[]>();
  for (const p of sorted) {
    const key = `${/^[\p{L}\p{N}]/u.test(p) ? 1 : 0}${/[\p{L}\p{N}]$/u.test(p) ? 1 : 0}`;
    groups.set(key, [...(groups.get(key) ?? []), body(p)]);
  }
  return [...groups]
    .map(([key, bodies]) => {
      const before = key[0] === '1' ? `(?<!${LETTER})` : '';
      const after = key[1] === '1' ? `(?!${LETTER})` : '';
      return `${before}(?:${bodies.join('|')})${after}`;
    })
    .join('|');
}

const NUMERIC: Record<string, [Slot, string]> = {
  dd: ['day', '0?[1-9]|[12]\\d|3[01]'],
  mm: ['month', '0?[1-9]|1[0-2]'],
  yyyy: ['year', '1[89]\\d\\d|20\\d\\d'],
};

function compile(language: KnownLanguage, f: TimeFile): LangTime {
  const b = f.wordBoundaries;
  const lists: Record<string, Record<string, number>> = {
    month: f.months,
    weekday: f.weekdays,
    count: f.counts,
    half: f.halves,
    quarter: f.quarters,
    relyear: f.relativeYears,
    relmonth: f.relativeMonths,
    relday: f.relativeDays,
    modifier: f.modifiers,
  };
  const values = new Map<string, Map<string, number>>();
  for (const [slot, words] of Object.entries(lists)) {
    values.set(slot, new Map(Object.entries(words).map(([k, v]) => [wordKey(k), v])));
  }
  const parts = new Map(Object.entries(f.parts).map(([k, v]) => [wordKey(k), v] as const));
  const cues: Record<string, readonly string[]> = {
    dayCue: f.cues.day,
    monthCue: f.cues.month,
    yearCue: f.cues.year,
  };

  // Expands {placeholders}; quantifiers ({1,2}) and Unicode classes (\p{Lu}) are left alone.
  const expand = (source: string): string =>
    source.replace(/(?<!\\[pP])\{([a-z][a-zA-Z]*?)(2?)\}/g, (whole, name: string, two: string) => {
      const numeric = NUMERIC[name];
      if (numeric) {
        return `(?<![\\p{N}])(?<${numeric[0]}${two}>${numeric[1]})(?![\\p{N}])`;
      }
      if (name === 'dot') return '(?:\\.(?=\\s*[\\p{Ll}\\p{N}]))?';
      if (name in cues && !two) return `(?:${alternation(cues[name] ?? [], b) || '(?!)'})`;
      if (name === 'part') return `(?<part${two}>${alternation(Object.keys(f.parts), b) || '(?!)'})`;
      const words = lists[name];
      if (!words) throw new Error(`time.yaml (${language}): unknown placeholder ${whole}`);
      const keys = Object.keys(words);
      // counts and quarters may also be written in digits
      const digits = name === 'count' ? '|\\d{1,2}(?![\\p{N}])' : '';
      return `(?<${name}${two}>${alternation(keys, b) || '(?!)'}${digits})`;
    });

  const patterns = f.patterns.map((p) => {
    try {
      return { build: p.build, regex: new RegExp(expand(p.match), 'giu'), needs: needsOf(p.match) };
    } catch (e) {
      throw new Error(`time.yaml (${language}): bad pattern ${p.match}: ${(e as Error).message}`);
    }
  });
  const before = (phrases: readonly string[], tail = '\\s*$'): RegExp | undefined =>
    phrases.length ? new RegExp(`(?:${alternation(phrases, b)})${tail}`, 'iu') : undefined;
  const any = (phrases: readonly string[]): RegExp | undefined =>
    phrases.length ? new RegExp(alternation(phrases, b), 'iu') : undefined;

  const monthNames = Object.keys(f.months);
  const capitalised = monthNames.filter((m) => m.length > 2).map((m) => m[0]!.toUpperCase() + m.slice(1));
  const relWords = [
    ...Object.keys(f.relativeYears),
    ...Object.keys(f.relativeMonths),
    ...Object.keys(f.relativeDays),
  ];
  const maskParts = [
    f.dayparts.length ? `(?:the\\s+)?(?:${alternation(f.dayparts, b)})(?:\\s+of(?![\\p{L}]))?` : '',
    Object.keys(f.parts).length ? alternation(Object.keys(f.parts), b) : '',
    relWords.length ? alternation(relWords, b) : '',
    // clock times: 06:30, 9.30 am, 10am
    `(?<![\\p{N}])\\d{1,2}:\\d{2}(?![\\p{N}])`,
    f.clock.length ? `(?<![\\p{N}])\\d{1,2}(?:[.:]\\d{2})?\\s*(?:${alternation(f.clock, b)})` : '',
  ].filter(Boolean);
  const triggerWords = [...monthNames, ...Object.keys(f.weekdays), ...relWords, ...Object.keys(f.parts)];

  return {
    language,
    capitalizedNames: f.capitalizedNames,
    chrono: f.chrono,
    digits: f.digits,
    patterns,
    values,
    parts,
    partBefore: before(Object.keys(f.parts)),
    deadlineBefore: before(f.deadlines),
    modifierBefore: before(Object.keys(f.modifiers)),
    publishedBefore: before(f.published, '[\\s:：|-]*$'),
    future: any(f.future),
    monthName: monthNames.length ? new RegExp(alternation(monthNames, b), 'giu') : undefined,
    weekdayName: Object.keys(f.weekdays).length
      ? new RegExp(alternation(Object.keys(f.weekdays), b), 'giu')
      : undefined,
    gluedMonth: capitalised.length
      ? new RegExp(`\\p{Ll}(?=(?:${capitalised.map(escapeRegex).join('|')})(?!\\p{L}))`, 'gu')
      : undefined,
    gluedStart: capitalised.length
      ? new RegExp(`\\p{Ll}[${escapeRegex([...new Set(capitalised.map((m) => m[0]!))].join(''))}]`, 'u')
      : undefined,
    chronoMask: f.chrono ? new RegExp(maskParts.join('|'), 'giu') : undefined,
    triggerWords: new WordGate(triggerWords, b),
    trigger: new RegExp(`\\p{N}${triggerWords.length ? `|${alternation(triggerWords, b)}` : ''}`, 'iu'),
  };
}
