/**
 * From candidate atoms to the expressions of one sentence: overlaps are
 * settled (the longest span wins; on a tie the earlier source, chrono before
 * patterns, in data order), then the words around an atom are folded in:
 *   "November" + " last year"  → year from the reference, minus one
 *   "last " + "September"      → the September before the reference
 *   "the end of " + "January"  → part: late
 *   "by " + "the end of 2025"  → a deadline
 */
import { type LangTime, wordKey } from './data.ts';
import type { Atom } from './types.ts';

/** How far back the words before an atom are looked for. */
const WINDOW = 40;

/** `text` is the whole (prepared) text; `sentenceStart` bounds the look-behind. */
export function combine(
  candidates: readonly Atom[],
  text: string,
  sentenceStart: number,
  lang: LangTime,
): Atom[] {
  const atoms = settle(candidates);
  mergeRelativeYears(atoms, text);
  let floor = sentenceStart;
  for (const atom of atoms) {
    extend(atom, text, floor, lang);
    floor = atom.end;
  }
  return atoms;
}

function settle(candidates: readonly Atom[]): Atom[] {
  const order = candidates.map((a, i) => ({ a, i }));
  order.sort((x, y) => y.a.end - y.a.start - (x.a.end - x.a.start) || x.i - y.i);
  const kept: Atom[] = [];
  for (const { a } of order) {
    if (kept.every((k) => a.end <= k.start || a.start >= k.end)) kept.push({ ...a, rel: { ...a.rel } });
  }
  return kept.sort((x, y) => x.start - y.start);
}

const yearless = (a: Atom): boolean =>
  a.from.year === undefined &&
  a.to.year === undefined &&
  a.precision !== 'year' &&
  a.from.month !== undefined;
const isRelYear = (a: Atom): boolean =>
  a.rel.years !== undefined && a.precision === 'year' && a.from.month === undefined;

/** "in November last year", "tháng 9 năm ngoái", "September 10 this year". */
function mergeRelativeYears(atoms: Atom[], text: string): void {
  for (let i = 0; i + 1 < atoms.length; i++) {
    const a = atoms[i]!;
    const b = atoms[i + 1]!;
    if (!yearless(a) || a.rel.years !== undefined || !isRelYear(b) || b.part) continue;
    if (!/^[\s,]*$/u.test(text.slice(a.end, b.start))) continue;
    a.rel.years = b.rel.years!;
    a.end = b.end;
    atoms.splice(i + 1, 1);
  }
}

function extend(atom: Atom, text: string, floor: number, lang: LangTime): void {
  // The words just before the atom, if `re` (end-anchored) finds them; the atom then starts there.
  const take = (re: RegExp | undefined): string | undefined => {
    if (!re) return undefined;
    let from = Math.max(floor, atom.start - WINDOW);
    while (from > floor && /\S/u.test(text[from - 1]!)) from--;
    const m = re.exec(text.slice(from, atom.start));
    if (!m) return undefined;
    atom.start -= m[0].length;
    return wordKey(m[0].trim());
  };

  // last/this/next before a year-less month or a weekday
  if ((yearless(atom) && atom.rel.years === undefined) || atom.rel.weekday !== undefined) {
    const word = take(lang.modifierBefore);
    if (word !== undefined) atom.rel.modifier = lang.values.get('modifier')?.get(word) ?? 0;
  }
  // early/mid/late before a month or a year
  if (atom.kind === 'date' && atom.precision !== 'day' && !atom.part) {
    const word = take(lang.partBefore);
    const part = word === undefined ? undefined : lang.parts.get(word);
    if (part) atom.part = part;
  }
  // by / đến before any single date
  if (atom.kind === 'date' && take(lang.deadlineBefore) !== undefined) atom.deadline = true;
}
