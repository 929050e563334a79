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

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const UPPER = /^\p{Lu}/u;
const ALL_UPPER = /^[\p{Lu}\p{M}\p{N}]+$/u;
const HAS_LOWER = /\p{Ll}/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const code = raw.charCodeAt(0);
    // ASCII fast path for the common case.
    const cap = code < 0x80 ? code >= 65 && code <= 90 : UPPER.test(raw);
    const nfc = raw.normalize('NFC');
    out.push({
      start,
      end: start + raw.length,
      fold: foldChars(nfc),
      lower: nfc.toLowerCase(),
      cap,
      upper: cap && raw.length > 1 && !HAS_LOWER.test(raw) && ALL_UPPER.test(raw),
      digit: code >= 48 && code <= 57,
    });
  }
  return out;
}

/** Text between token `i - 1` and token `i` (from the start of the text for `i = 0`). */
export function gapBefore(text: string, tokens: readonly Token[], i: number): string {
  const t = tokens[i];
  if (!t) return '';
  return text.slice(tokens[i - 1]?.end ?? 0, t.start);
}

/** Inside one name: spaces (at most one line break), and the marks that join parts of a word. */
export const NAME_GAP = /^(?:[ \t\u00a0]*\n?[ \t\u00a0]*|[-‐'’.]|\.[ \u00a0]|[ \u00a0]?[-‐–][ \u00a0]?)$/u;
