/**
 * What a data pattern cannot match without, read from its source before the
 * placeholders are expanded: a sentence with no digit skips every pattern
 * that needs a `{dd}`, `{mm}` or `{yyyy}`, one with no month name every
 * pattern that needs a `{month}`, and one without "quarter" the quarter pattern. Most sentences that pass the trigger test
 * do so on a word like "early" or "this year", and running all the patterns
 * over them was a third of the time stage.
 *
 * Only placeholders and letters outside every group (and with no quantifier
 * making them optional) count, and a top-level `|` makes nothing required, so the answer
 * errs towards "needs nothing", which only costs time. The event patterns
 * reuse the literal words (events/data.ts).
 */
import { CharPairs, pairsOf } from '../pairs.ts';

export interface PatternNeeds {
  /** An ASCII digit (the numeric placeholders match ASCII digits only). */
  readonly digit: boolean;
  /** A word of the month list (`LangTime.monthName` matches). */
  readonly month: boolean;
  /** Literal words written in the pattern ("months", "half", "quarter"), lower-cased. */
  readonly words: readonly string[];
}

const NONE: PatternNeeds = { digit: false, month: false, words: [] };
const NUMERIC = new Set(['dd', 'mm', 'yyyy']);
const LETTER_CHAR = /^\p{L}$/u;

/** @example needsOf('(?:the\\s+)?{half}\\s+half\\s+of\\s+{yyyy}') → { digit: true, month: false, words: ['half', 'of'] } */
export function needsOf(source: string): PatternNeeds {
  let depth = 0;
  let digit = false;
  let month = false;
  const words: string[] = [];
  let run = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (depth === 0 && LETTER_CHAR.test(c)) {
      run += c;
      continue;
    }
    if (run) {
      // A quantifier makes the last letter optional: "messages?" still needs "message".
      const optional = c === '?' || c === '*' || (c === '{' && source[i + 1] === '0');
      const word = optional ? run.slice(0, -1) : run;
      if (word) words.push(word.toLowerCase());
      run = '';
    }
    if (c === '\\') i = escapeEnd(source, i);
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return NONE;
    else if (c === '{' && depth === 0) {
      const m = /^\{([a-z][a-zA-Z]*?)2?\}/.exec(source.slice(i));
      if (!m) continue;
      const next = source[i + m[0].length];
      const optional = next === '?' || next === '*' || (next === '{' && source[i + m[0].length + 1] === '0');
      if (!optional && NUMERIC.has(m[1]!)) digit = true;
      if (!optional && m[1] === 'month') month = true;
      i += m[0].length - 1;
    }
  }
  if (run) words.push(run.toLowerCase());
  return { digit, month, words };
}

/** Index of the last character of the escape at `at` (`\\s`, `\\p{Lu}`, `\\u{1F600}`, `\\k<name>`). */
function escapeEnd(source: string, at: number): number {
  const kind = source[at + 1];
  const open = source[at + 2];
  if ((kind === 'p' || kind === 'P' || kind === 'u') && open === '{') return source.indexOf('}', at) >>> 0;
  if (kind === 'k' && open === '<') return source.indexOf('>', at) >>> 0;
  if (kind === 'u') return at + 5;
  if (kind === 'x') return at + 3;
  return at + 1;
}

/** Index of the `]` closing the class that opens at `open`. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length;
}

/**
 * The trigger test (can this sentence hold a time expression at all?) runs
 * on every sentence, and its big word alternation tries every position. A
 * sentence with no number and none of the words' longest letter runs cannot
 * pass it; most sentences are ruled out that way without the regex. A
 * one-word entry must also stand alone where the language has word
 * boundaries: "mar" in "market" or "dec" in "decided" does not count.
 */
const PAIRS = new CharPairs();

export class WordGate {
  private readonly anchors: readonly Anchor[];

  constructor(words: readonly string[], boundaries: boolean) {
    const byText = new Map<string, boolean>();
    for (const w of words) {
      const text = anchorOf(w);
      const whole = boundaries && w.toLowerCase() === text;
      byText.set(text, (byText.get(text) ?? true) && whole);
    }
    this.anchors = [...byText].map(([text, whole]) => ({ text, whole, pairs: pairsOf(text) }));
  }

  /** False only when no word can occur in `text` (compared case-insensitively). */
  mayOccur(text: string): boolean {
    // `ſ` folds to `s` in a case-insensitive regex but does not lower-case to it.
    if (text.includes('ſ')) return true;
    const lower = text.toLowerCase();
    if (lower.length !== text.length) return true;
    const pairs = PAIRS.of(lower);
    return this.anchors.some((a) => pairs.mayContain(a.pairs) && occurs(lower, a));
  }
}

interface Anchor {
  readonly text: string;
  /** The anchor is the whole entry, so it needs a non-letter on both sides. */
  readonly whole: boolean;
  readonly pairs: readonly number[];
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;

function occurs(lower: string, a: Anchor): boolean {
  for (let at = lower.indexOf(a.text); at >= 0; at = lower.indexOf(a.text, at + 1)) {
    if (!a.whole) return true;
    const before = lower[at - 1];
    const after = lower[at + a.text.length];
    if ((before === undefined || !LETTER.test(before)) && (after === undefined || !LETTER.test(after)))
      return true;
  }
  return false;
}

/** The longest letter run of a word, lower-cased: every match of the word contains it. */
function anchorOf(word: string): string {
  const runs = word.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
  const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest || word;
}
