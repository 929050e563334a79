import { describe, expect, it } from 'vitest';
import { referenceDate } from './index.ts';

describe('referenceDate', () => {
  it('prefers the publication date', () => {
    expect(referenceDate('2026-02-02', 'On March 3, 2024 …', 'en')).toBe('2026-02-02');
  });
  it('reads a leading date line', () => {
    expect(referenceDate(null, ' date 2022-07 Hai bên hội đàm.', 'vi')).toBe('2022-07');
  });
  it('prefers a timestamp (a date beside a clock time or after "Updated:")', () => {
    expect(
      referenceDate(
        null,
        'Monday, June 3 2019\nUpdated: March, 10/2014 - 09:07\nThe border post opened.',
        'en',
      ),
    ).toBe('2014-03-10');
    expect(referenceDate(null, '08:15 21/03/2023\nOn April 9, 2024 a plan was approved.', 'en')).toBe(
      '2023-03-21',
    );
    expect(referenceDate(null, 'Thứ ba, 21/03/2023 08:15\nNgày 9/4/2024 kế hoạch được duyệt.', 'vi')).toBe(
      '2023-03-21',
    );
  });
  it('falls back to the latest full date, then the latest month with a year', () => {
    expect(referenceDate(null, 'A pact of March 3, 2021 was renewed on May 4, 2023.', 'en')).toBe(
      '2023-05-04',
    );
    expect(
      referenceDate(null, 'The accord of December 2025 was followed up at the end of January.', 'en'),
    ).toBe('2025-12');
  });
  it('is null when the text gives no year with a day or month', () => {
    expect(referenceDate(null, 'Trade rose in 2017 and the leaders met on May 4.', 'en')).toBeNull();
  });
});
