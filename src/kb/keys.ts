/**
 * Lookup keys. Names are matched folded (`To Lam` = `Tô Lâm`); acronyms and
 * all-capital abbreviations are matched exactly, because folded they collide
 * with ordinary words (`US` → "us", `PM` → "pm", `NA` → "na").
 */
import { foldKey } from '../core/text/fold.ts';

/**
 * Whether a written form is an all-capital abbreviation (at most six
 * capitals, dots allowed): `PM`, `U.S.`, `DPRK`.
 * @example isAbbreviation('PM') === true; isAbbreviation('Premier') === false
 */
export function isAbbreviation(text: string): boolean {
  return /^[A-Z](?:[A-Z.]*[A-Z.])?$/.test(text) && text.replace(/\./g, '').length <= 6;
}

// Loading folds the same few thousand names in the checks and again in the
// indexes; remembering them halves that. Bounded, since lookups bring new text.
const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;

/** Key under which a written form is indexed and looked up: exact for abbreviations, else folded. */
export function nameKey(text: string): string {
  let key = memo.get(text);
  if (key !== undefined) return key;
  const trimmed = text.normalize('NFC').trim();
  key = isAbbreviation(trimmed) ? `=${trimmed}` : foldKey(trimmed);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, key);
  return key;
}

/** Exact key, for organisation acronyms (always case-sensitive). */
export function exactKey(text: string): string {
  return `=${text.normalize('NFC').trim()}`;
}

/** Appends `value` under `key` unless already there; blank keys are skipped. */
export function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  if (key === '' || key === '=') return;
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
