import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KnownLanguage } from '../../model/document.ts';
import { findTimes } from './index.ts';

const FORMAT = { year: /^\d{4}$/, month: /^\d{4}-\d{2}$/, day: /^\d{4}-\d{2}-\d{2}$/ };
const MONTHS = ['January', 'Feb.', 'March', 'Sept.', 'December', 'may', 'May'];

const day = fc.integer({ min: 0, max: 33 });
const month = fc.integer({ min: 0, max: 13 });
const year = fc.integer({ min: 1890, max: 2110 });
/** Date-like snippets, valid and not, in the three languages' forms. */
const snippet = fc.oneof(
  fc.tuple(fc.constantFrom(...MONTHS), day).map(([m, d]) => `on ${m} ${d}`),
  fc.tuple(day, day, fc.constantFrom(...MONTHS), year).map(([a, b, m, y]) => `from ${a} to ${b} ${m} ${y}`),
  fc.tuple(fc.constantFrom(...MONTHS), day, day, year).map(([m, a, b, y]) => `${m} ${a}–${b}, ${y}`),
  fc.tuple(day, month, year).map(([d, m, y]) => `${d}/${m}/${y}`),
  fc.tuple(day, month).map(([d, m]) => `ngày ${d}/${m}`),
  fc.tuple(day, day, month).map(([a, b, m]) => `từ ngày ${a} đến ${b}/${m}`),
  fc.tuple(month, year).map(([m, y]) => `tháng ${m}/${y}`),
  fc.tuple(year, year).map(([a, b]) => `the ${a}-${b} period`),
  fc.integer({ min: 0, max: 14 }).map((n) => `the first ${n} months of 2018`),
  year.map((y) => `by the end of ${y}`),
  fc.constantFrom('next year', 'last September', 'on Tuesday', 'yesterday', 'năm ngoái', 'ວັນທີ 5 ກຸມພາ 2026'),
);
const filler = fc.string({ maxLength: 12 });
const text = fc
  .array(fc.tuple(filler, snippet, fc.constantFrom(' ', '. ', ', ', '\n', '')), { maxLength: 6 })
  .map((parts) => parts.map(([f, s, sep]) => f + sep + s + sep).join(''));
const reference = fc.option(
  fc
    .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);
const language = fc.constantFrom<KnownLanguage>('en', 'vi', 'lo');

describe('findTimes properties', () => {
  it('spans lie in the text, dates are well formed and ordered, output is deterministic', () => {
    fc.assert(
      fc.property(text, reference, language, (t, ref, lang) => {
        const mentions = findTimes(t, { reference: ref, language: lang });
        let last = -1;
        for (const m of mentions) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(t.length);
          expect(m.start).toBeLessThan(m.end);
          expect(m.start).toBeGreaterThanOrEqual(last); // in order, not overlapping
          last = m.end;
          expect(t.slice(m.start, m.end)).toBe(m.text);
          expect(m.from).toMatch(FORMAT[m.precision]);
          expect(m.to).toMatch(FORMAT[m.precision]);
          expect(m.from <= m.to).toBe(true);
        }
        expect(findTimes(t, { reference: ref, language: lang })).toEqual(mentions);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), language, (t, lang) => {
        findTimes(t, { reference: '2026-02-02', language: lang });
      }),
      { numRuns: 300 },
    );
  });
});
