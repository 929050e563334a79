/** findTimes: the pipeline of numbered steps, run per sentence (see index.ts). */
import { sentences } from './01-sentences.ts';
import { prepare } from './02-prepare.ts';
import { patternAtoms } from './03-patterns.ts';
import { chronoAtoms } from './04-chrono.ts';
import { combine } from './05-combine.ts';
import { resolve } from './06-resolve.ts';
import { parseReference } from './calendar.ts';
import { timeData } from './data.ts';
import type { TimeContext, TimeMention } from './types.ts';

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
  const reference = ctx.reference === null ? undefined : parseReference(ctx.reference);
  if (ctx.reference !== null && !reference) throw new RangeError(`bad reference date: ${ctx.reference}`);
  const lang = timeData(ctx.language);
  const prepared = prepare(text, lang);
  const out: TimeMention[] = [];
  for (const s of sentences(prepared)) {
    const sentence = prepared.slice(s.start, s.end);
    if (!lang.trigger.test(sentence)) continue;
    const candidates = [...chronoAtoms(sentence, s.start, lang), ...patternAtoms(sentence, s.start, lang)];
    if (!candidates.length) continue;
    const atoms = combine(candidates, prepared, s.start, lang);
    const future = lang.future?.test(sentence) ?? false;
    out.push(...resolve(atoms, { text, reference, future }));
  }
  return out;
}
