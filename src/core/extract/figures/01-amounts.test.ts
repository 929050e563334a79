import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmounts, readNumber } from './01-amounts.ts';

const one = (text: string, language: 'en' | 'vi' | 'lo' = 'en') => {
  const all = parseAmounts(text, language);
  expect(all).toHaveLength(1);
  return all[0]!;
};
const pick = (text: string, language: 'en' | 'vi' | 'lo' = 'en') =>
  parseAmounts(text, language).map((a) => ({
    value: a.value,
    ...(a.valueMax ? { max: a.valueMax } : {}),
    unit: a.unit,
    q: a.qualifier,
  }));

describe('parseAmounts: money in every form', () => {
  it.each([
    ['grants reached 3 billion USD', 3e9],
    ['a loan of US$5 billion', 5e9],
    ['a loan of USD 5 billion', 5e9],
    ['worth $10 billion', 1e10],
    ['sales of 817 million USD', 817e6],
    ['sales of 244.6 million USD', 244.6e6],
    ['glued text: sales reached 524.5millionUSD', 524.5e6],
    ['a 1.3 billion-US-dollar dam', 1.3e9],
  ])('%s', (text, value) => {
    expect(one(text)).toMatchObject({ value, unit: 'USD', kind: 'money' });
  });

  it('reads dong before or after the number', () => {
    expect(one('a grant of VND 500 billion')).toMatchObject({ value: 5e11, unit: 'VND' });
    expect(one('a grant of 500 billion VND')).toMatchObject({ value: 5e11, unit: 'VND' });
  });

  it('an amount in two currencies is two amounts', () => {
    expect(pick('aid of VND 23 trillion (US$1 billion)')).toEqual([
      { value: 23e12, unit: 'VND', q: 'exact' },
      { value: 1e9, unit: 'USD', q: 'exact' },
    ]);
  });

  it('reads the Vietnamese decimal comma and thousands dot', () => {
    expect(one('tổng vốn 1,7 tỷ USD', 'vi')).toMatchObject({ value: 1.7e9, unit: 'USD' });
    expect(one('đạt 3,5 tỷ USD', 'vi')).toMatchObject({ value: 3.5e9, unit: 'USD' });
    expect(one('cấp 1.160 học bổng', 'vi')).toMatchObject({ value: 1160, unit: 'count' });
    expect(one('hỗ trợ 2,4 tỷ đồng', 'vi')).toMatchObject({ value: 2.4e9, unit: 'VND' });
  });

  it('reads Lao scale words and Lao digits', () => {
    expect(one('ມູນຄ່າ 1,200 ລ້ານໂດລາ', 'lo')).toMatchObject({ value: 1.2e9, unit: 'USD' });
    expect(one('໒໕ ສ່ວນຮ້ອຍ', 'lo')).toMatchObject({ value: 25, unit: 'percent' });
  });
});

describe('parseAmounts: counts, percents, ranges, qualifiers', () => {
  it('keeps counts with their digits grouped', () => {
    expect(one('some 21,500 Cambodian students')).toMatchObject({
      value: 21500,
      unit: 'count',
      qualifier: 'about',
    });
    expect(one('1,000 scholarships a year')).toMatchObject({ value: 1000, unit: 'count' });
    expect(one('1200 scholarships')).toMatchObject({ value: 1200, unit: 'count' });
  });

  it('reads percents and ranges', () => {
    expect(one('grew 9.87 percent')).toMatchObject({ value: 9.87, unit: 'percent' });
    expect(one('up 8.5%')).toMatchObject({ value: 8.5, unit: 'percent' });
    expect(one('a growth of 10-15 per cent')).toMatchObject({ value: 10, valueMax: 15, unit: 'percent' });
    expect(one('between US$2.6 million and $3 million a year')).toMatchObject({
      value: 2.6e6,
      valueMax: 3e6,
      unit: 'USD',
    });
  });

  it.each([
    ['nearly', 'about'],
    ['almost', 'about'],
    ['about', 'about'],
    ['some', 'about'],
    ['around', 'about'],
    ['more than', 'over'],
    ['over', 'over'],
    ['surpassed', 'over'],
    ['exceeded', 'over'],
    ['under', 'under'],
    ['less than', 'under'],
  ])('"%s" is %s', (word, qualifier) => {
    const a = one(`trade ${word} 2 billion USD`);
    expect(a.qualifier).toBe(qualifier);
    expect(a.qualifierSpan).toBeDefined();
  });

  it('reads Vietnamese qualifiers', () => {
    expect(one('gần 894 triệu kWh', 'vi')).toMatchObject({ value: 894e6, unit: 'kWh', qualifier: 'about' });
    expect(one('hơn 100 suất học bổng', 'vi')).toMatchObject({ value: 100, qualifier: 'over' });
  });

  it('leaves out years, ordinals, dates and identifiers', () => {
    expect(parseAmounts('In 2017, the 40th meeting on 9/1 approved marker No. 460 and 511/1', 'en')).toEqual(
      [],
    );
    expect(parseAmounts('during COVID-19 and the period 2016-2020', 'en')).toEqual([]);
    expect(parseAmounts('kỳ họp lần thứ 47 năm 2025', 'vi')).toEqual([]);
  });

  it('spans cover the currency and the unit', () => {
    const text = 'hit US$1.25 billion';
    const a = one(text);
    expect(text.slice(a.start, a.end)).toBe('US$1.25 billion');
    expect(text.slice(a.number.start, a.number.end)).toBe('1.25');
  });
});

describe('readNumber', () => {
  it('round-trips grouped integers in both conventions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 10_000_000_000 }), (n) => {
        expect(readNumber(n.toLocaleString('en-US'), '.')).toBe(n);
        expect(readNumber(n.toLocaleString('de-DE'), ',')).toBe(n);
      }),
    );
  });

  it('round-trips decimals with one or two places', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 99 }), (i, d) => {
        const x = Number(`${i}.${d}`);
        expect(readNumber(`${i}.${d}`, '.')).toBe(x);
        expect(readNumber(`${i},${d}`, ',')).toBe(x);
      }),
    );
  });
});
