/**
 * Event vocabulary per language, read once from knowledge/lang/<code>/events.yaml
 * and compiled to regular expressions. `{country}` in a pattern expands to
 * every country name and adjective the knowledge base knows for that language.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { KnownLanguage } from '../../model/document.ts';
import { EventType } from '../../model/extraction.ts';
import { pairsOf } from '../pairs.ts';
import { needsOf } from '../time/needs.ts';

const EventsFile = z.object({
  unicodeWordBoundaries: z.boolean().default(false),
  triggers: z.array(
    z.object({
      type: EventType,
      patterns: z.array(z.string()),
      caseSensitive: z.boolean().default(false),
      needsObject: z.boolean().default(false),
      keywords: z.array(z.string()).default([]),
    }),
  ),
  planned: z.array(z.string()).default([]),
  generic: z.array(z.string()).default([]),
  within: z.array(z.string()).default([]),
  past: z.array(z.string()).default([]),
  pairReference: z.array(z.string()).default([]),
  invitation: z.array(z.string()).default([]),
  visitorMarker: z.array(z.string()).default([]),
  anaphora: z.array(z.string()).default([]),
  mechanisms: z.array(z.object({ name: z.string(), pattern: z.string() })).default([]),
  ordinals: z.record(z.string(), z.number().int()).default({}),
  ordinalPatterns: z.array(z.string()).default([]),
});

export interface EventVocabulary {
  readonly triggers: readonly {
    readonly type: EventType;
    readonly patterns: readonly RegExp[];
    readonly needsObject: boolean;
    /** Lower-cased substrings one of which every match contains: a cheap test before the patterns. */
    readonly keywords: readonly string[];
    /** Character pairs of each keyword, for a cheap test before `includes` (see ../pairs.ts). */
    readonly keywordPairs: readonly (readonly number[])[];
  }[];
  readonly planned: readonly RegExp[];
  readonly generic: readonly RegExp[];
  readonly within: readonly RegExp[];
  readonly past: readonly RegExp[];
  readonly pairReference: readonly RegExp[];
  readonly invitation: readonly RegExp[];
  readonly visitorMarker: readonly RegExp[];
  readonly anaphora: readonly RegExp[];
  readonly mechanisms: readonly { readonly name: string; readonly pattern: RegExp }[];
  readonly ordinals: Readonly<Record<string, number>>;
  /** Patterns whose first group is a session's number ("48th", "lần thứ 48"). */
  readonly ordinalPatterns: readonly RegExp[];
}

const DIR = path.resolve(import.meta.dirname, '../../../../knowledge/lang');
const cache = new Map<string, EventVocabulary>();

const WORD_BOUNDARY =
  '(?:(?<![\\p{L}\\p{M}\\p{N}])(?=[\\p{L}\\p{M}\\p{N}])|(?<=[\\p{L}\\p{M}\\p{N}])(?![\\p{L}\\p{M}\\p{N}]))';
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** @param countryNames every country name and adjective in this language, for `{country}`. */
export function eventVocabulary(language: KnownLanguage, countryNames: readonly string[]): EventVocabulary {
  const key = `${language}:${countryNames.length}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const file = path.join(DIR, language, 'events.yaml');
  const raw = existsSync(file) ? parse(readFileSync(file, 'utf8')) : { triggers: [] };
  const data = EventsFile.parse(raw);
  const countries = [...countryNames]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  // JavaScript's \b knows only ASCII letters: "ký" or "Lào" would never end a word. A language that needs it says
  // `unicodeWordBoundaries: true` and its \b becomes a Unicode boundary (slower: English keeps the plain one).
  const compile = (p: string, flags = 'giu') =>
    withWords(
      p,
      new RegExp(
        data.unicodeWordBoundaries
          ? p.replaceAll('{country}', `(?:${countries})\\b`).replaceAll('\\b', WORD_BOUNDARY)
          : p.replaceAll('{country}', `(?:${countries})\\b`),
        flags,
      ),
    );
  const vocabulary: EventVocabulary = {
    triggers: data.triggers.map((t) => ({
      type: t.type,
      patterns: t.patterns.map((p) => compile(p, t.caseSensitive ? 'gu' : 'giu')),
      needsObject: t.needsObject,
      keywords: t.keywords.map((k) => k.toLowerCase()),
      keywordPairs: t.keywords.map((k) => pairsOf(k.toLowerCase())),
    })),
    planned: data.planned.map((p) => compile(p)),
    generic: data.generic.map((p) => compile(p)),
    within: data.within.map((p) => compile(p)),
    past: data.past.map((p) => compile(p)),
    pairReference: data.pairReference.map((p) => compile(p)),
    invitation: data.invitation.map((p) => compile(p)),
    visitorMarker: data.visitorMarker.map((p) => compile(p, 'iu')),
    anaphora: data.anaphora.map((p) => compile(p, 'iu')),
    mechanisms: data.mechanisms.map((m) => ({ name: m.name, pattern: compile(m.pattern) })),
    ordinals: data.ordinals,
    ordinalPatterns: data.ordinalPatterns.map((p) => compile(p, 'iu')),
  };
  cache.set(key, vocabulary);
  return vocabulary;
}

/**
 * Literal words each pattern cannot match without ("upcoming", "host … guest"), lower-cased: a
 * pattern whose words the sentence lacks is not run. Most sentences lack them, and the regexes
 * (some opening with every country name) were a tenth of extraction time.
 */
const WORDS = new WeakMap<RegExp, readonly string[]>();

function withWords(source: string, re: RegExp): RegExp {
  const { words } = needsOf(source);
  if (words.length > 0) WORDS.set(re, words);
  return re;
}

/**
 * False when `pattern` cannot match a text whose lower-cased form is `lower` (null: unknown,
 * as for a text with `ſ`, which a case-insensitive regex reads as "s").
 */
export function mayMatch(pattern: RegExp, lower: string | null): boolean {
  const words = WORDS.get(pattern);
  return words === undefined || lower === null || words.every((w) => lower.includes(w));
}

/** The lower-cased text for mayMatch. */
export const lowerFor = (text: string): string | null => (text.includes('ſ') ? null : text.toLowerCase());

/** True when any pattern matches; resets `lastIndex` since the patterns are global. */
export function anyMatch(patterns: readonly RegExp[], text: string): boolean {
  let lower: string | null | undefined;
  return patterns.some((p) => {
    if (WORDS.has(p)) {
      if (lower === undefined) lower = lowerFor(text);
      if (!mayMatch(p, lower)) return false;
    }
    p.lastIndex = 0;
    return p.test(text);
  });
}
