/**
 * Folding for matching, never for display: case, diacritics and đ/Đ go away
 * so that `To Lam`, `TÔ LÂM` and `Tô Lâm` compare equal.
 *
 * `foldChars` keeps the length (one UTF-16 unit in, one out) so an offset
 * found in folded text is an offset in the original: search snippets and
 * evidence spans rely on that. Scripts without Latin bases (Lao) keep their
 * marks, since dropping them would shift offsets and merge distinct words.
 */

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let out = cache.get(ch);
  if (out !== undefined) return out;
  if (ch === 'đ' || ch === 'Đ') out = 'd';
  else {
    const lower = ch.toLowerCase();
    const base = lower.normalize('NFD')[0] ?? lower;
    // Only accept the decomposed base when it is a single ASCII/Latin letter;
    // otherwise (Lao, CJK, symbols) keep the lower-cased character itself.
    out = base.length === 1 && /\p{Script=Latin}/u.test(base) ? base : lower.length === 1 ? lower : ch;
  }
  cache.set(ch, out);
  return out;
}

/**
 * Length-preserving fold: lower case, Latin diacritics removed, đ→d.
 * @example foldChars('Tô Lâm, Đặng') === 'to lam, dang'
 */
export function foldChars(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII fast path: most English news text never leaves it.
    if (code < 0x80) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    else out += foldChar(text[i]!);
  }
  return out;
}

/**
 * Fold for keys: `foldChars`, then any run of non-letters/digits becomes one
 * space, trimmed. Same rule as the reference scorer's name comparison.
 * @example foldKey('Thongloun  Sisoulith!') === 'thongloun sisoulith'
 */
export function foldKey(text: string): string {
  return foldChars(text.normalize('NFC'))
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
}
