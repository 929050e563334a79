import { describe, expect, it } from 'vitest';
import { isCalendarDate, lowerBound, ordered, overlaps, upperBound } from './dates.ts';

describe('partial dates as intervals', () => {
  it('bounds a year, a month and a day', () => {
    expect([lowerBound('2016'), upperBound('2016')]).toEqual(['2016-01-01', '2016-12-31']);
    expect([lowerBound('2016-04'), upperBound('2016-04')]).toEqual(['2016-04-01', '2016-04-31']);
    expect([lowerBound('2016-04-07'), upperBound('2016-04-07')]).toEqual(['2016-04-07', '2016-04-07']);
  });

  it('a month overlaps an office that starts or ends in it', () => {
    expect(overlaps('2016-04-20', '2021-03-22', '2021-03')).toBe(true);
    expect(overlaps('2021-03-22', null, '2021-03')).toBe(true);
    expect(overlaps('2016-04-20', '2021-03-22', '2021-04')).toBe(false);
    expect(overlaps('2016-04-20', '2021-03-22', '2016-03-31')).toBe(false);
  });

  it('an office known only to the month or year overlaps any day of it', () => {
    expect(overlaps('2016-04', '2024-05', '2024-05-31')).toBe(true);
    expect(overlaps('2016-04', '2024-05', '2024-06-01')).toBe(false);
    expect(overlaps('2025', null, '2025-01-01')).toBe(true);
  });

  it('open ends are unbounded', () => {
    expect(overlaps(undefined, '2025-06-30', '1990')).toBe(true);
    expect(overlaps('2025-07-01', undefined, '2099')).toBe(true);
  });

  it('orders starts and ends, the same partial date included', () => {
    expect(ordered('2021-04', '2021-04')).toBe(true);
    expect(ordered('2021-04-05', '2021-04')).toBe(true);
    expect(ordered('2021-04-05', '2020-01')).toBe(false);
  });

  it('rejects dates that are not on the calendar', () => {
    expect(['2016', '2016-12', '2024-02-29', '2025-06-30'].every(isCalendarDate)).toBe(true);
    expect(['2016-13', '2016-00', '2023-02-29', '2025-06-31'].some(isCalendarDate)).toBe(false);
  });
});
