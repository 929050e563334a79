/**
 * Length-preserving rewrites, so every offset found in the rewritten text is
 * an offset in the original: dashes become "-", native digits ASCII, words
 * glued to a month name ("onFebruary 5") are blanked; and for chrono, phrases
 * it misreads are blanked too ("the morning of February 5" resolves to the
 * reference date in chrono 2.10; "end of January" to the 31st).
 */
import type { LangTime } from './data.ts';

const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2212]/g;
const LOWER = /\p{Ll}/u;
const blank = (s: string): string => ' '.repeat(s.length);

export function prepare(text: string, lang: LangTime): string {
  let out = text.replace(DASHES, '-');
  const digits = lang.digits;
  if (digits) {
    out = out.replace(new RegExp(`[${digits}]`, 'gu'), (d) => String(digits.indexOf(d)));
  }
  // The look-ahead over every month name runs at each lower-case letter; most texts fail the cheap test.
  return lang.gluedMonth && lang.gluedStart?.test(out) ? unglue(out, lang.gluedMonth) : out;
}

/** Blanks the lower-case run glued before a month name; `re` finds the last letter of such a run. */
function unglue(text: string, re: RegExp): string {
  re.lastIndex = 0;
  let out = '';
  let done = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    while (start > done && LOWER.test(text[start - 1]!)) start--;
    out += text.slice(done, start) + ' '.repeat(m.index + 1 - start);
    done = m.index + 1;
  }
  return done === 0 ? text : out + text.slice(done);
}

/** What chrono is given: only month names, days and years are left to it. */
export function maskForChrono(prepared: string, lang: LangTime): string {
  return lang.chronoMask ? prepared.replace(lang.chronoMask, blank) : prepared;
}
