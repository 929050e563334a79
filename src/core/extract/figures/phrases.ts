/**
 * Word lists compiled to regular expressions. A phrase is plain text from a
 * data file: a space matches any run of white space, a hyphen an optional
 * hyphen/dash or space, an apostrophe either apostrophe. Matching is
 * case-insensitive; longer phrases win over shorter ones at the same place.
 *
 * Word boundaries are letters only (not digits), so crawl artefacts that glue
 * words to numbers (`imported368.4`, `over14,000`) still match. Scripts
 * written without spaces (Lao) compile without boundaries.
 */
import type { Span } from '../../model/document.ts';
import { CharPairs, pairsOf } from '../pairs.ts';

export interface PhraseHit extends Span {
  /** Index of the phrase in the list the set was built from. */
  readonly index: number;
}

export interface PhraseOptions {
  /** Require a non-letter before the phrase (when it starts with a letter). Default true. */
  readonly left?: boolean;
  /** Require a non-letter after the phrase (when it ends with a letter). Default true. */
  readonly right?: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LETTER = /\p{L}/u;

function phraseSource(phrase: string, left: boolean, right: boolean): string {
  // A hyphen inside a word ("two-way") also matches a space or nothing; a lone dash is a dash.
  const body = escapeRegExp(phrase.normalize('NFC'))
    .replace(/\s+/g, '\\s+')
    .replace(/(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu, '[-‐–—\\s]?')
    .replace(/(?<!\[)-(?![‐–—])/g, '[-‐–—]')
    .replace(/['’]/g, "['’]");
  const first = phrase[0] ?? '';
  const last = phrase[phrase.length - 1] ?? '';
  const pre = left && LETTER.test(first) ? '(?<![\\p{L}\\p{M}])' : '';
  const post = right && LETTER.test(last) ? '(?![\\p{L}\\p{M}])' : '';
  return `${pre}(?:${body})${post}`;
}

/**
 * The longest letter run of a phrase, lower-cased: every match of the phrase
 * contains it literally, whatever the spacing or hyphens. A phrase without
 * letters (";", ", which" has some) is anchored on its first visible character.
 */
function anchorOf(phrase: string): string {
  const runs =
    phrase
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{M}]+/gu) ?? [];
  const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest || (phrase.trim()[0] ?? phrase);
}

/** An anchor with its character pairs (see ../pairs.ts). */
interface Anchor {
  readonly text: string;
  readonly pairs: readonly number[];
}

/**
 * What a text offers the anchor test, kept for the last text seen (a
 * sentence is probed by many phrase sets in a row): its lower-cased form, or
 * null when lower-casing changes its length (then offsets would not line up),
 * and its character pairs.
 */
interface Probe {
  lower: string | null;
  readonly pairs: CharPairs;
}
let lastText = '';
const probe: Probe = { lower: '', pairs: new CharPairs() };

function probeOf(text: string): Probe {
  if (text !== lastText) {
    lastText = text;
    const lower = text.toLowerCase();
    probe.lower = lower.length === text.length ? lower : null;
    if (probe.lower !== null) probe.pairs.of(lower);
  }
  return probe;
}

/** A compiled list of phrases; every method is pure (no shared regex state leaks out). */
export class PhraseSet {
  readonly size: number;
  /**
   * Anchors: a cheap substring test that rules a text out before the big
   * alternation runs. Most sentences contain none of a list's phrases, and
   * the regex engine would otherwise try every alternative at every position
   * (measured: two thirds of extraction time before this).
   */
  private readonly anchors: readonly Anchor[];
  private readonly longest: number;
  private readonly order: number[];
  private readonly any: RegExp;
  private readonly atEnd: RegExp;
  private readonly sticky: RegExp;

  constructor(phrases: readonly string[], options: PhraseOptions = {}) {
    const left = options.left ?? true;
    const right = options.right ?? true;
    this.size = phrases.length;
    this.anchors = [...new Set(phrases.map(anchorOf))].map((text) => ({ text, pairs: pairsOf(text) }));
    this.longest = Math.max(0, ...phrases.map((p) => p.length));
    this.order = phrases.map((_, i) => i).sort((a, b) => phrases[b]!.length - phrases[a]!.length);
    // The letter boundary is hoisted out of the alternation when every phrase needs it: the engine then
    // rejects a mid-word position once instead of once per phrase.
    const letterStart = left && phrases.every((p) => LETTER.test(p[0] ?? ''));
    const letterEnd = right && phrases.every((p) => LETTER.test(p[p.length - 1] ?? ''));
    const alternatives =
      this.order
        .map((i) => `(${phraseSource(phrases[i]!, left && !letterStart, right && !letterEnd)})`)
        .join('|') || '(?!)';
    const groups = `${letterStart ? '(?<![\\p{L}\\p{M}])' : ''}(?:${alternatives})${letterEnd ? '(?![\\p{L}\\p{M}])' : ''}`;
    this.any = new RegExp(groups, 'giu');
    this.atEnd = new RegExp(`(?:${groups})\\s*$`, 'iu');
    this.sticky = new RegExp(`\\s*(?:${groups})`, 'iuy');
  }

  private indexOf(m: RegExpExecArray): number {
    for (let g = 1; g < m.length; g++) if (m[g] !== undefined) return this.order[g - 1] ?? -1;
    return -1;
  }

  /** Whether some anchor occurs inside [from, to): if not, no phrase can match there. */
  private mayMatch(text: string, from: number, to: number): boolean {
    const { lower, pairs } = probeOf(text);
    if (lower === null) return true;
    // Search only the window: an indexOf from `from` would scan to the end of the text for every
    // absent anchor, and most probes (endingAt, startingAt) look at a few dozen characters.
    let window: string | undefined;
    for (const a of this.anchors) {
      if (!pairs.mayContain(a.pairs)) continue;
      window ??= from <= 0 && to >= lower.length ? lower : lower.slice(Math.max(0, from), to);
      if (window.includes(a.text)) return true;
    }
    return false;
  }

  /** False when no phrase of the set can occur in [from, to): a cheap test before a search. */
  mayOccur(text: string, from = 0, to = text.length): boolean {
    return this.size > 0 && this.mayMatch(text, from, to);
  }

  /** Every non-overlapping hit, left to right. */
  all(text: string, from = 0, to = text.length): PhraseHit[] {
    if (this.size === 0 || !this.mayMatch(text, from, to)) return [];
    const out: PhraseHit[] = [];
    const slice = text.slice(0, to);
    this.any.lastIndex = from;
    for (let m = this.any.exec(slice); m; m = this.any.exec(slice)) {
      if (m[0].length === 0) {
        this.any.lastIndex++;
        continue;
      }
      out.push({ start: m.index, end: m.index + m[0].length, index: this.indexOf(m) });
    }
    return out;
  }

  /** The phrase that ends at `pos`, white space allowed between. */
  endingAt(text: string, pos: number, lookback = 40): PhraseHit | undefined {
    if (this.size === 0) return undefined;
    const from = Math.max(0, pos - lookback);
    if (!this.mayMatch(text, from, pos)) return undefined;
    const m = this.atEnd.exec(text.slice(from, pos));
    if (!m) return undefined;
    const start = from + m.index;
    const end = start + m[0].trimEnd().length;
    return { start, end, index: this.indexOf(m) };
  }

  /** The phrase that starts at `pos`, white space allowed before. */
  startingAt(text: string, pos: number): PhraseHit | undefined {
    if (this.size === 0) return undefined;
    // White space may come first (\s*), so the window reaches a little past the longest phrase.
    if (!this.mayMatch(text, pos, pos + this.longest * 2 + 16)) return undefined;
    this.sticky.lastIndex = pos;
    const m = this.sticky.exec(text);
    if (!m) return undefined;
    const lead = m[0].length - m[0].trimStart().length;
    return { start: pos + lead, end: pos + m[0].length, index: this.indexOf(m) };
  }

  test(text: string, from = 0, to = text.length): boolean {
    return this.all(text, from, to).length > 0;
  }
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.,][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Words between two offsets: how far apart two things are, in the unit a
 * reader counts. Lao has no spaces between words, so there about four
 * characters count as one word.
 */
export function wordsBetween(text: string, from: number, to: number, spaced = true): number {
  if (to <= from) return 0;
  const slice = text.slice(from, to);
  if (!spaced) return Math.ceil(slice.replace(/\s+/g, '').length / 4);
  return slice.match(WORD)?.length ?? 0;
}

/** The words of a span with their offsets. */
export function wordsIn(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  const re = new RegExp(WORD.source, 'gu');
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m; m = re.exec(slice))
    out.push({ start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
