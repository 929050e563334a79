/**
 * Parses what a person types into a search box and renders it for the two
 * full-text engines. Pure: no database here.
 *
 * Syntax (web-search style): words must all match; `"quoted phrases"` match
 * as a phrase; `-word` and `-"a phrase"` exclude; `a OR b` (upper-case OR)
 * accepts either neighbour, and binds tighter than the implicit AND, so
 * `lao OR laos visit` means `(lao | laos) & visit`.
 *
 * Every term is folded with `foldChars` (case, diacritics, đ) because the
 * indexed copy of the text is folded the same way. The renderers quote every
 * term, so no input can produce an FTS5 or tsquery syntax error; terms with
 * no letter or digit (`';`, `--`) are dropped, and a query left with nothing
 * positive parses to `null`, meaning "no hits".
 */
import { foldChars } from '../text/fold.ts';

export interface SearchTerm {
  /** Folded text as typed, inner whitespace collapsed: the engines split it into words themselves. */
  readonly text: string;
  /** Folded words of the term, for highlighting. */
  readonly words: readonly string[];
}

export interface SearchQuery {
  /** Every group must match; a group matches when any of its alternatives does. */
  readonly all: readonly (readonly SearchTerm[])[];
  /** No hit may match any of these. */
  readonly none: readonly SearchTerm[];
}

/** Longer input is cut: nobody types more, and it bounds the work done by the engines. */
const MAX_INPUT = 1000;
const MAX_TERMS = 32;

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const MEANINGFUL = /[\p{L}\p{N}]/u;

interface Token {
  readonly raw: string;
  readonly quoted: boolean;
  readonly negated: boolean;
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  // Control characters and lone surrogates are never words, and a NUL would
  // end an FTS5 string early.
  const s = input
    .slice(0, MAX_INPUT)
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cs}]/gu, ' ');
  let i = 0;
  while (i < s.length && tokens.length < MAX_TERMS * 2) {
    if (/\s/u.test(s[i]!)) {
      i++;
      continue;
    }
    let negated = false;
    if (s[i] === '-' && i + 1 < s.length && !/\s/u.test(s[i + 1]!)) {
      negated = true;
      i++;
    }
    if (s[i] === '"') {
      const close = s.indexOf('"', i + 1);
      const end = close === -1 ? s.length : close;
      tokens.push({ raw: s.slice(i + 1, end), quoted: true, negated });
      i = end + 1;
    } else {
      let end = i;
      while (end < s.length && s[end] !== '"' && !/\s/u.test(s[end]!)) end++;
      tokens.push({ raw: s.slice(i, end), quoted: false, negated });
      i = end;
    }
  }
  return tokens;
}

function toTerm(raw: string): SearchTerm | undefined {
  const text = foldChars(raw).replace(/\s+/gu, ' ').trim();
  const words = text.match(WORD)?.filter((w) => MEANINGFUL.test(w)) ?? [];
  return words.length > 0 ? { text, words } : undefined;
}

/**
 * @returns null when nothing positive is left to search for.
 * @example parseQuery('"Tô Lâm" -Hà OR') // { all: [[{ text: 'to lam', … }]], none: [{ text: 'ha', … }] }
 */
export function parseQuery(input: string): SearchQuery | null {
  const all: SearchTerm[][] = [];
  const none: SearchTerm[] = [];
  let joinNext = false;
  for (const token of tokenize(input)) {
    if (!token.quoted && !token.negated && token.raw === 'OR') {
      joinNext = all.length > 0;
      continue;
    }
    const term = toTerm(token.raw);
    if (term === undefined) continue;
    if (token.negated) none.push(term);
    else if (joinNext) all.at(-1)!.push(term);
    else all.push([term]);
    joinNext = false;
  }
  if (all.length === 0) return null;
  return { all: all.slice(0, MAX_TERMS), none: none.slice(0, MAX_TERMS) };
}

/** Folded words worth highlighting: those of the positive terms, without repeats. */
export function highlightWords(query: SearchQuery): string[] {
  return [...new Set(query.all.flat().flatMap((t) => t.words))];
}

const fts5Phrase = (t: SearchTerm): string => `"${t.text.replaceAll('"', '""')}"`;

/**
 * An FTS5 MATCH expression. Each term is an FTS5 string, which the table's
 * tokenizer splits into a phrase, so no character of the input is syntax.
 * @example toFts5Match(parseQuery('lao OR laos "to lam" -visit')!) === '(("lao" OR "laos") AND "to lam") NOT ("visit")'
 */
export function toFts5Match(query: SearchQuery): string {
  const groups = query.all.map((g) =>
    g.length === 1 ? fts5Phrase(g[0]!) : `(${g.map(fts5Phrase).join(' OR ')})`,
  );
  const positive = groups.join(' AND ');
  if (query.none.length === 0) return positive;
  const negative = query.none.map(fts5Phrase).join(' OR ');
  return `(${positive}) NOT (${negative})`;
}

// Inside a quoted tsquery value both ' and \ are special; PostgreSQL runs the
// unquoted value through the text-search parser, so `'to lam'` becomes `'to' <-> 'lam'`.
const tsValue = (t: SearchTerm): string => `'${t.text.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;

/**
 * A `to_tsquery('simple', …)` input. Pass it as a bound parameter.
 * @example toTsQuery(parseQuery('"to lam" -visit')!) === "'to lam' & !'visit'"
 */
export function toTsQuery(query: SearchQuery): string {
  const groups = query.all.map((g) => (g.length === 1 ? tsValue(g[0]!) : `(${g.map(tsValue).join(' | ')})`));
  return [...groups, ...query.none.map((t) => `!${tsValue(t)}`)].join(' & ');
}
