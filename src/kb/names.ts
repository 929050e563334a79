/**
 * Partial names, derived from a full name by the naming convention of its
 * bearer (`nameOrder`), so the data lists full names only. These are the
 * forms the press uses on second mention: `Chính`, `Thongloun`, `Abhisit`.
 */
import type { NameOrder } from './schema.ts';

/** Generational suffixes that are never the name a person is called by. */
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/**
 * Words of a name; hyphens spaced out in Vietnamese transcriptions
 * (`Sủ - phăn Hả - đao - hương`) are closed up so a syllable group stays one word.
 */
function words(fullName: string): string[] {
  return fullName
    .replace(/\s*-\s*/g, '-')
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/**
 * The partial forms of one written full name, per naming convention:
 * - `vietnamese`: the last word, the given name (`Phạm Minh Chính` → `Chính`);
 * - `lao`, `malay`: the first word, the given name (`Thongloun`, `Anwar`);
 * - `khmer`: the last word, the given name (`Hun Manet` → `Manet`);
 * - `thai`: given name (first, as Thai media use it) and family name (last);
 * - `western`: the family name, the last word before a suffix (`Marcos`);
 * - `east_asian`: the family name, written first (`Xi Jinping` → `Xi`);
 * - `none`: nothing (Burmese names have no partial form).
 * A one-word name has no partial form: the name itself is the full name.
 * @example shortForms('Phạm Minh Chính', 'vietnamese') // ['Chính']
 * @example shortForms('Thoong-lun Xi-xu-lít', 'lao') // ['Thoong-lun']
 */
export function shortForms(fullName: string, order: NameOrder): string[] {
  const all = words(fullName);
  if (all.length < 2) return [];
  const first = all[0]!;
  const last = all.at(-1)!;
  switch (order) {
    case 'vietnamese':
    case 'khmer':
      return [last];
    case 'lao':
    case 'malay':
    case 'east_asian':
      return [first];
    case 'thai':
      return [first, last];
    case 'western': {
      const named = all.filter((w, i) => i === 0 || !SUFFIXES.has(w.toLowerCase()));
      return named.length < 2 ? [] : [named.at(-1)!];
    }
    case 'none':
      return [];
  }
}
