import { describe, expect, it } from 'vitest';
import { ruleYear } from './06-resolve.ts';
import { findTimes } from './index.ts';

const dates = (text: string, reference: string | null, language: 'en' | 'vi' = 'en'): string[] =>
  findTimes(text, { reference, language }).map((m) => (m.from === m.to ? m.from : `${m.from}..${m.to}`));

describe('the year rule', () => {
  describe('rule 2: a day reference, past by default', () => {
    it.each([
      ['on February 5', '2026-02-02', '2026-02-05'],
      ['on January 26', '2026-02-02', '2026-01-26'],
      ['on December 20', '2026-02-02', '2025-12-20'],
      ['on July 30', '2026-02-02', '2026-07-30'], // under six months ahead: the reference year
      ['on August 10', '2026-02-02', '2025-08-10'], // over six months ahead: the year before
      ['in late December', '2024-01-08', '2023-12'],
      ['on January 10', '2025-12-28', '2025-01-10'], // a year-end review looks back
    ])('%s (reference %s) → %s', (text, ref, expected) => {
      expect(dates(`The talks took place ${text}.`, ref)).toEqual([expected]);
    });
  });

  describe('rule 2, turned round in a sentence about the future', () => {
    it.each([
      ['on January 10', '2025-12-28', '2026-01-10'],
      ['in December', '2026-02-02', '2026-12'],
      ['on February 5', '2026-02-10', '2026-02-05'], // a week back is still this year
    ])('will … %s (reference %s) → %s', (text, ref, expected) => {
      expect(dates(`The leaders will meet ${text}.`, ref)).toEqual([expected]);
    });
    it('uses Vietnamese future words too', () => {
      expect(dates('Hai bên sẽ gặp nhau ngày 10/1.', '2025-12-28', 'vi')).toEqual(['2026-01-10']);
    });
  });

  describe('rule 1: a year stated in the same sentence', () => {
    it('lends the year to the same month', () => {
      expect(dates('In January 2027 the president visited Hanoi on January 26 to 27.', '2026-02-02')).toEqual(
        ['2027-01', '2027-01-26..2027-01-27'],
      );
    });
    it('does not lend it to another month when there is a reference', () => {
      expect(dates('After the accord of December 2025, talks followed on January 26.', '2026-02-02')).toEqual(
        ['2025-12', '2026-01-26'],
      );
    });
    it('lends it to any month when there is no reference', () => {
      expect(dates('In 2018 the two sides met on March 3 and on May 9.', null)).toEqual([
        '2018',
        '2018-03-03',
        '2018-05-09',
      ]);
    });
    it('does not take the year of a deadline', () => {
      expect(dates('On March 3 they agreed to double trade by 2030.', null)).toEqual(['2030']);
    });
  });

  describe('rule 3: a month or year reference', () => {
    it.each([
      ['on February 5', '2025-12', '2026-02-05'],
      ['at the end of January', '2025-12', '2026-01'],
      ['on November 2', '2015-01', '2014-11-02'],
      ['on December 19', '2017-12', '2017-12-19'],
      ['on November 24', '2016', '2016-11-24'],
    ])('%s (reference %s) → %s', (text, ref, expected) => {
      expect(dates(`It happened ${text}.`, ref)).toEqual([expected]);
    });
    it('drops weekdays and "yesterday" when the reference has no day', () => {
      expect(dates('They met on Tuesday and yesterday.', '2026-02')).toEqual([]);
    });
  });

  describe('rule 4: no reference', () => {
    it('drops year-less and relative expressions, keeps explicit ones', () => {
      expect(dates('On February 5, last year and on Tuesday; in December 2025.', null)).toEqual(['2025-12']);
    });
  });

  it('ruleYear at the six-month edge', () => {
    const ref = { year: 2026, month: 2, day: 2 };
    expect(ruleYear({ month: 8, day: 2 }, ref, false)).toBe(2026);
    expect(ruleYear({ month: 8, day: 3 }, ref, false)).toBe(2025);
    expect(ruleYear({ month: 6 }, { year: 2025, month: 12 }, false)).toBe(2025); // a tie goes to the past
  });
});

describe('relative words', () => {
  it.each([
    ['on Tuesday', '2026-02-05', '2026-02-03'], // the most recent Tuesday
    ['on Thursday', '2026-02-05', '2026-02-05'], // the reference day itself
    ['last Thursday', '2026-02-05', '2026-01-29'],
    ['next Thursday', '2026-02-05', '2026-02-12'],
    ['last month', '2026-01-15', '2025-12'],
    ['next year', '2026-01-15', '2027'],
    ['last September', '2026-11-02', '2026-09'],
    ['last September', '2026-08-01', '2025-09'],
    ['next March', '2026-02-02', '2026-03'],
  ])('%s (reference %s) → %s', (text, ref, expected) => {
    expect(dates(`It was decided ${text}.`, ref)).toEqual([expected]);
  });
});
