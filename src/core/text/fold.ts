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
  // Runs of ASCII are lower-cased whole (exactly the fold of each of their
  // characters) and the regular expression finds the rest natively; only
  // those go one by one. Appending every character allocated ~30 bytes a
  // character, which made folding the largest allocation of an ingest.
  NON_ASCII.lastIndex = 0;
  let found = NON_ASCII.exec(text);
  if (found === null) return text.toLowerCase();
  let out = '';
  let run = 0;
  while (found !== null) {
    const at = found.index;
    if (run < at) out += text.slice(run, at).toLowerCase();
    out += foldChar(text[at]!);
    run = at + 1;
    found = NON_ASCII.exec(text);
  }
  return out + text.slice(run).toLowerCase();
}

/** One UTF-16 unit outside ASCII (a surrogate pair is two matches: `u` is off on purpose). */
const NON_ASCII = /[\u0080-\uffff]/g;

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
