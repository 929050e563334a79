/** findTimes: the pipeline of numbered steps, run per sentence (see index.ts). */
import { sentences } from './01-sentences.ts';
import { prepare } from './02-prepare.ts';
import { patternAtoms } from './03-patterns.ts';
import { chronoAtoms } from './04-chrono.ts';
import { combine } from './05-combine.ts';
import { resolve } from './06-resolve.ts';
import { parseReference } from './calendar.ts';
import { timeData } from './data.ts';
import type { Atom, TimeContext, TimeMention } from './types.ts';

/** The number half of `LangTime.trigger`, tested apart because it is fast. */
const NUMBER = /\p{N}/u;

/**
 * The time expressions of `text`, in order, with offsets into `text`.
 * Year-less dates, weekdays and relative words are placed against
 * `ctx.reference` by the year rule (06-resolve.ts); with no reference they are
 * left out unless the same sentence states a year.
 *
 * @example
 * findTimes('The talks were held on February 5.', { reference: '2026-02-02', language: 'en' })
 * // [{ start: 23, end: 33, text: 'February 5', kind: 'date', from: '2026-02-05',
 * //    to: '2026-02-05', precision: 'day', relative: true }]
 * @throws RangeError when `ctx.reference` is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a caller's bug).
 */
export function findTimes(text: string, ctx: TimeContext): TimeMention[] {
  return placeTimes(scanTimes(text, ctx.language), ctx.reference);
}

/**
 * A text's time expressions before the year rule: everything that does not
 * depend on the reference. Scanning is nearly all of findTimes' cost, so a
 * caller that places the same text against two references (no reference,
 * to infer one; then that one) scans once.
 */
export interface ScannedTimes {
  readonly text: string;
  /** Per time scope (01-sentences): its atoms and whether it speaks of the future. */
  readonly scopes: readonly { readonly atoms: readonly Atom[]; readonly future: boolean }[];
}

export function scanTimes(text: string, language: TimeContext['language']): ScannedTimes {
  const lang = timeData(language);
  const prepared = prepare(text, lang);
  const scopes: ScannedTimes['scopes'][number][] = [];
  for (const s of sentences(prepared)) {
    const sentence = prepared.slice(s.start, s.end);
    if (!NUMBER.test(sentence) && !(lang.triggerWords.mayOccur(sentence) && lang.trigger.test(sentence)))
      continue;
    const candidates = [...chronoAtoms(sentence, s.start, lang), ...patternAtoms(sentence, s.start, lang)];
    if (!candidates.length) continue;
    scopes.push({
      atoms: combine(candidates, prepared, s.start, lang),
      future: lang.future?.test(sentence) ?? false,
    });
  }
  return { text, scopes };
}

/** The year rule over scanned atoms (see findTimes). */
export function placeTimes(scanned: ScannedTimes, reference: string | null): TimeMention[] {
  const ref = reference === null ? undefined : parseReference(reference);
  if (reference !== null && !ref) throw new RangeError(`bad reference date: ${reference}`);
  const out: TimeMention[] = [];
  for (const { atoms, future } of scanned.scopes)
    out.push(...resolve(atoms, { text: scanned.text, reference: ref, future }));
  return out;
}
