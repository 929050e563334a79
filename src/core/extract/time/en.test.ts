import { describe, expect, it } from 'vitest';
import { findTimes } from './index.ts';

/** The mentions of `text` as compact strings: `[span] kind from..to precision (rel) (part)`. */
function read(text: string, reference: string | null = '2026-02-02'): string[] {
  return findTimes(text, { reference, language: 'en' }).map(
    (m) =>
      `[${m.text}] ${m.kind} ${m.from}..${m.to} ${m.precision}${m.relative ? ' rel' : ''}${m.part ? ` ${m.part}` : ''}`,
  );
}

describe('findTimes, English: single days (chrono)', () => {
  it.each([
    ['The ministers met on February 5 in Hanoi.', '[February 5] date 2026-02-05..2026-02-05 day rel'],
    // chrono 2.10 resolves "the morning of X" to the reference date; the day part is masked first
    [
      'On the morning of February 5, the delegation arrived.',
      '[February 5] date 2026-02-05..2026-02-05 day rel',
    ],
    ['A ceremony took place on February 5 morning.', '[February 5] date 2026-02-05..2026-02-05 day rel'],
    ['The agreement was signed on 5 February 2026.', '[5 February 2026] date 2026-02-05..2026-02-05 day'],
    ['The pact dated Sept. 2, 2025 entered into force.', '[Sept. 2, 2025] date 2025-09-02..2025-09-02 day'],
    ['The plan was approved onFebruary 5 by the board.', '[February 5] date 2026-02-05..2026-02-05 day rel'],
    [
      'Printed Thursday, May 24 2018 in the archive.',
      '[Thursday, May 24 2018] date 2018-05-24..2018-05-24 day',
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});

describe('findTimes, English: ranges', () => {
  it.each([
    ['The forum runs from September 10 - 13.', '[September 10 - 13] range 2025-09-10..2025-09-13 day rel'],
    [
      'The forum ran September 10–13, 2024 in Da Nang.',
      '[September 10–13, 2024] range 2024-09-10..2024-09-13 day',
    ],
    ['He visited from January 26 to 27.', '[January 26 to 27] range 2026-01-26..2026-01-27 day rel'],
    ['The exercise ran from January 2-4.', '[January 2-4] range 2026-01-02..2026-01-04 day rel'],
    ['The fair was open from 26 to 27 January.', '[26 to 27 January] range 2026-01-26..2026-01-27 day rel'],
    ['Delegates gathered Jan. 26-27 in Pakse.', '[Jan. 26-27] range 2026-01-26..2026-01-27 day rel'],
    ['Talks were held on 5 and 6 February.', '[5 and 6 February] range 2026-02-05..2026-02-06 day rel'],
    [
      'The festival lasted from December 30, 2025 to January 2, 2026.',
      '[December 30, 2025 to January 2, 2026] range 2025-12-30..2026-01-02 day',
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});

describe('findTimes, English: months, parts, years, relative words', () => {
  it.each([
    ['The statement was adopted in December 2025.', '[December 2025] date 2025-12..2025-12 month'],
    ['The line opened in Feb. 2014 after delays.', '[Feb. 2014] date 2014-02..2014-02 month'],
    [
      'They travelled to Hanoi at the end of January.',
      '[the end of January] date 2026-01..2026-01 month rel late',
    ],
    ['The idea was agreed in late 2025.', '[late 2025] date 2025..2025 year late'],
    ['The bridge should open early next year.', '[early next year] date 2027..2027 year rel early'],
    ['The plant closed in mid-2025.', '[mid-2025] date 2025..2025 year mid'],
    ['The survey started in mid-March.', '[mid-March] date 2026-03..2026-03 month rel mid'],
    ['The road opened last September.', '[last September] date 2025-09..2025-09 month rel'],
    ['The road opened in November last year.', '[November last year] date 2025-11..2025-11 month rel'],
    ['Two meetings were held this February.', '[this February] date 2026-02..2026-02 month rel'],
    ['The dam was completed in 2017.', '[2017] date 2017..2017 year'],
    ['Exports rose last year.', '[last year] date 2025..2025 year rel'],
    ['The leaders met on Tuesday.', '[Tuesday] date 2026-01-27..2026-01-27 day rel'],
    ['The leaders will meet on Tuesday.', '[Tuesday] date 2026-02-03..2026-02-03 day rel'],
    ['The minister arrived yesterday.', '[yesterday] date 2026-02-01..2026-02-01 day rel'],
    ['As of May, the fund held reserves.', '[May] date 2026-05..2026-05 month rel'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});

describe('findTimes, English: deadlines and periods', () => {
  it.each([
    ['Both aim to double trade by 2030.', '[by 2030] deadline 2030..2030 year'],
    ['The survey must finish by the end of 2025.', '[by the end of 2025] deadline 2025..2025 year late'],
    [
      'By the end of September this year, sales had grown.',
      '[By the end of September this year] deadline 2026-09..2026-09 month rel late',
    ],
    [
      'Sales rose in the first five months of 2018.',
      '[the first five months of 2018] period 2018-01..2018-05 month',
    ],
    ['Sales rose in the first half of 2024.', '[the first half of 2024] period 2024-01..2024-06 month'],
    ['Sales rose in the third quarter of 2024.', '[the third quarter of 2024] period 2024-07..2024-09 month'],
    ['Sales rose from January to May.', '[January to May] period 2026-01..2026-05 month rel'],
    ['He served from July 2015 - April 2016.', '[July 2015 - April 2016] period 2015-07..2016-04 month'],
    ['The plan covers the 2021-2025 period.', '[2021-2025] period 2021..2025 year'],
    ['Both drafted plans for 2026-2030.', '[2026-2030] period 2026..2030 year'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});

describe('findTimes, English: not dates', () => {
  it.each([
    'The country marked 40 years of renewal.',
    'The XIV Congress elected a new leadership.',
    'It was the 100th anniversary of the party.',
    'The flight left at 06:30 with 2,000 tonnes of rice worth US$5 billion.',
    'Under Resolution 12/2020 the fund was set up.',
    'The August Revolution is remembered.',
    'The two sides may march together.',
    'Sun Group built the resort.',
    'The project employs 2025 workers.',
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('keeps "by 2055" as a deadline but not the anniversary beside it', () => {
    expect(read('They aim to finish by 2055, the 100th anniversary.')).toEqual([
      '[by 2055] deadline 2055..2055 year',
    ]);
  });
});

describe('findTimes, English: offsets', () => {
  it('gives offsets into the original text, whatever was rewritten', () => {
    const text =
      'Intro.\nOn the morning of February 5 — a Thursday — leaders met; later, on Feb. 6–7, they toured.';
    for (const m of findTimes(text, { reference: '2026-02-02', language: 'en' })) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    expect(read(text).map((s) => s.split(']')[0])).toEqual(['[February 5', '[Feb. 6–7']);
  });
  it('throws on a malformed reference', () => {
    expect(() => findTimes('on May 5', { reference: '5 May 2026', language: 'en' })).toThrow(RangeError);
  });
});
