/**
 * Words of the text with their offsets and folded forms. A word is a run of
 * letters, marks and digits: `People’s` is `People` + `s`, `Sẻng-nuôn` is
 * `Sẻng` + `nuôn`, exactly as `foldKey` splits knowledge-base names, so a
 * name matches word by word whatever punctuation the text puts inside it.
 */
import { foldChars } from '../../text/fold.ts';

export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower case, Latin diacritics removed, đ → d. */
  readonly fold: string;
  /** Lower case with diacritics kept: Vietnamese words differ by them alone (`phủ`, `Phu`). */
  readonly lower: string;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Two or more letters, all upper case (`VNA`, `NGUYEN`). */
  readonly upper: boolean;
  readonly digit: boolean;
}

const UPPER = /^\p{Lu}/u;
const ALL_UPPER = /^[\p{Lu}\p{M}\p{N}]+$/u;
const HAS_LOWER = /\p{Ll}/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  // Words of ASCII letters and digits are cut by hand; the Unicode regex reads any word that has or
  // touches another character, so words come out exactly as `WORD` alone would cut them.
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && !isAsciiWord(c)) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && isAsciiWord(text.charCodeAt(j))) j++;
    if (j > i && (j === n || text.charCodeAt(j) < 0x80)) {
      out.push(asciiToken(text.slice(i, j), i, c) ?? unicodeToken(text.slice(i, j), i, c));
      i = j;
      continue;
    }
    STICKY_WORD.lastIndex = i;
    const m = STICKY_WORD.exec(text);
    if (!m) {
      i++;
      continue;
    }
    const raw = m[0];
    out.push(asciiToken(raw, i, c) ?? unicodeToken(raw, i, c));
    i += raw.length;
  }
  return out;
}

const STICKY_WORD = /[\p{L}\p{M}\p{N}]+/uy;
const isAsciiWord = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Most words of English news are ASCII letters and digits: then folding is
 * lower-casing and NFC is the identity, and the token is read in one pass
 * (normalising and folding every word was a quarter of entity finding).
 */
function asciiToken(raw: string, start: number, code: number): Token | undefined {
  let lower = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x80) return undefined;
    if (c >= 97 && c <= 122) lower = true;
  }
  const cap = code >= 65 && code <= 90;
  const folded = raw.toLowerCase();
  return {
    start,
    end: start + raw.length,
    fold: folded,
    lower: folded,
    cap,
    upper: cap && raw.length > 1 && !lower,
    digit: code >= 48 && code <= 57,
  };
}

function unicodeToken(raw: string, start: number, code: number): Token {
  const cap = code < 0x80 ? code >= 65 && code <= 90 : UPPER.test(raw);
  const nfc = raw.normalize('NFC');
  return {
    start,
    end: start + raw.length,
    fold: foldChars(nfc),
    lower: nfc.toLowerCase(),
    cap,
    upper: cap && raw.length > 1 && !HAS_LOWER.test(raw) && ALL_UPPER.test(raw),
    digit: code >= 48 && code <= 57,
  };
}

/** Text between token `i - 1` and token `i` (from the start of the text for `i = 0`). */
export function gapBefore(text: string, tokens: readonly Token[], i: number): string {
  const t = tokens[i];
  if (!t) return '';
  return text.slice(tokens[i - 1]?.end ?? 0, t.start);
}

/** Inside one name: spaces (at most one line break), and the marks that join parts of a word. */
export const NAME_GAP = /^(?:[ \t\u00a0]*\n?[ \t\u00a0]*|[-‐'’.]|\.[ \u00a0]|[ \u00a0]?[-‐–][ \u00a0]?)$/u;
