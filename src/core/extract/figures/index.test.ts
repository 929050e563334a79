import { describe, expect, it } from 'vitest';
import { Figure } from '../../model/extraction.ts';
import { findFigures, findFiguresInSentences } from './index.ts';
import { sentence } from './testing.ts';

const core = (text: string, over: Parameters<typeof sentence>[1] = {}) =>
  findFigures(sentence(text, over)).map(({ metric, value, unit, period, from, to, qualifier }) => ({
    metric,
    value,
    unit,
    period,
    ...(from !== undefined ? { from, to } : {}),
    qualifier,
  }));

describe('findFigures: metric, direction and growth', () => {
  it('binds an export value and its growth to one direction and period', () => {
    const text =
      "Cambodia's exports to Thailand rose by 7.25 percent to 310.4 million USD in the first four months of 2021.";
    expect(core(text, { pair: ['KH', 'TH'] })).toEqual([
      {
        metric: 'export_growth',
        value: 7.25,
        unit: 'percent',
        period: '2021-01/2021-04',
        from: 'KH',
        to: 'TH',
        qualifier: 'exact',
      },
      {
        metric: 'exports',
        value: 310.4e6,
        unit: 'USD',
        period: '2021-01/2021-04',
        from: 'KH',
        to: 'TH',
        qualifier: 'exact',
      },
    ]);
  });

  it('reads imports from the selling side to the buyer', () => {
    const text = 'Laos imported 120.5 million USD worth of goods from Vietnam last year, up 3.2 percent.';
    expect(core(text, { reference: '2023-06-01' })).toEqual([
      {
        metric: 'imports',
        value: 120.5e6,
        unit: 'USD',
        period: '2022',
        from: 'VN',
        to: 'LA',
        qualifier: 'exact',
      },
      {
        metric: 'import_growth',
        value: 3.2,
        unit: 'percent',
        period: '2022',
        from: 'VN',
        to: 'LA',
        qualifier: 'exact',
      },
    ]);
  });

  it('keeps each clause to its own metric', () => {
    const text =
      'Exports to Laos reached 80 million USD in 2022 while Vietnam imported 45 million USD from Laos.';
    expect(core(text).map((f) => [f.metric, f.value, f.from, f.to])).toEqual([
      ['exports', 80e6, 'VN', 'LA'],
      ['imports', 45e6, 'LA', 'VN'],
    ]);
  });

  it('does not take the base of a comparison for the period', () => {
    const text = 'Two-way trade reached 1.5 billion USD in 2022, up 12 percent from the previous year.';
    expect(core(text, { reference: '2023-02-01' })).toEqual([
      { metric: 'trade_turnover', value: 1.5e9, unit: 'USD', period: '2022', qualifier: 'exact' },
      { metric: 'trade_growth', value: 12, unit: 'percent', period: '2022', qualifier: 'exact' },
    ]);
  });

  it('reads running totals of investment as cumulative', () => {
    const text =
      'Thailand has invested more than 4.2 billion USD in Laos so far across 312 licensed projects.';
    expect(core(text, { pair: ['TH', 'LA'] })).toEqual([
      {
        metric: 'investment_capital',
        value: 4.2e9,
        unit: 'USD',
        period: 'cumulative',
        from: 'TH',
        to: 'LA',
        qualifier: 'over',
      },
      {
        metric: 'investment_projects',
        value: 312,
        unit: 'count',
        period: 'cumulative',
        from: 'TH',
        to: 'LA',
        qualifier: 'exact',
      },
    ]);
  });

  it('gives students their origin and host, and present counts the year of writing', () => {
    const text = 'Some 2,500 Cambodian students are studying in Vietnam.';
    expect(core(text, { pair: ['VN', 'KH'], reference: '2022-05-01' })).toEqual([
      {
        metric: 'students',
        value: 2500,
        unit: 'count',
        period: '2022',
        from: 'KH',
        to: 'VN',
        qualifier: 'about',
      },
    ]);
  });

  it('needs a country on students: a capacity is not a stock of students', () => {
    expect(core('The new school can teach 600 students.')).toEqual([]);
  });

  it('makes an amount in two currencies two figures', () => {
    const text = 'Vietnam provided non-refundable aid of VND 120 billion (US$5.2 million) to Laos in 2019.';
    expect(core(text).map((f) => [f.metric, f.value, f.unit, f.period, f.from, f.to])).toEqual([
      ['aid', 120e9, 'VND', '2019', 'VN', 'LA'],
      ['aid', 5.2e6, 'USD', '2019', 'VN', 'LA'],
    ]);
  });

  it('prefers the specific metric word over a generic cost', () => {
    const text = 'The library was built at a cost of 2 million USD from Vietnamese grant aid.';
    expect(core(text).map((f) => f.metric)).toEqual(['aid']);
  });

  it('names parts of a total so they are not read as national totals', () => {
    const text =
      'Trade between Laos and the border provinces of Vietnam reached 300 million USD, a 20 percent rise.';
    expect(core(text).map((f) => f.metric)).toEqual(['regional_trade_turnover', 'regional_trade_growth']);
    expect(core('Rice accounted for 15 percent of total exports.').map((f) => f.metric)).not.toContain(
      'export_growth',
    );
  });

  it('leaves targets to the commitments and marks forecasts', () => {
    expect(core('Both sides agreed to raise bilateral trade to US$3 billion by 2028.')).toEqual([]);
    expect(core('Trade is expected to reach US$2 billion for the full year.').map((f) => f.metric)).toEqual([
      'trade_turnover_forecast',
    ]);
    expect(core('Trade is not expected to reach US$1 billion this year.')).toEqual([]);
  });

  it('keeps where things stood in "from X to Y": a figure with its own year', () => {
    const text =
      'They proposed the promotion of bilateral trade from US$50 million in 2015 to US$100 million by 2020.';
    expect(core(text)).toEqual([
      { metric: 'trade_turnover', value: 50e6, unit: 'USD', period: '2015', qualifier: 'exact' },
    ]);
  });

  it('does not read numbers in names as counts', () => {
    expect(core('Investors praised the Xekaman 3 project and the investment climate.')).toEqual([]);
  });

  it('reads Vietnamese figures and skips the comparison year', () => {
    const text = 'Năm 2023, kim ngạch thương mại hai chiều đạt 1,8 tỷ USD, tăng 9,5% so với năm 2022.';
    expect(core(text, { language: 'vi' })).toEqual([
      { metric: 'trade_turnover', value: 1.8e9, unit: 'USD', period: '2023', qualifier: 'exact' },
      { metric: 'trade_growth', value: 9.5, unit: 'percent', period: '2023', qualifier: 'exact' },
    ]);
  });

  it('reads a Lao trade value', () => {
    const text = 'ມູນຄ່າການຄ້າສອງຝ່າຍບັນລຸ 1,500 ລ້ານໂດລາ';
    expect(core(text, { language: 'lo' }).map((f) => [f.metric, f.value, f.unit])).toEqual([
      ['trade_turnover', 1.5e9, 'USD'],
    ]);
  });
});

describe('findFigures: evidence and schema', () => {
  it('gives document offsets covering the number and its words, and validates', () => {
    const text = 'Bilateral trade hit nearly US$2.3 billion in 2024.';
    const [f] = findFigures(sentence(text, { offset: 1000 }));
    expect(f).toBeDefined();
    const local = { start: f!.evidence!.start - 1000, end: f!.evidence!.end - 1000 };
    expect(text.slice(local.start, local.end)).toBe('Bilateral trade hit nearly US$2.3 billion');
    expect(f!.confidence).toBeGreaterThan(0.5);
    expect(Figure.safeParse(f).success).toBe(true);
  });
});

describe('findFiguresInSentences: what the sentence before says', () => {
  it('reads "the figure" as the metric of the sentence before', () => {
    const texts = [
      'In 2020, bilateral trade reached USD 900 million.',
      'In 2021, the figure rose to USD 1.1 billion, up 22 percent.',
    ];
    const [, second] = findFiguresInSentences(texts.map((t) => sentence(t)));
    expect(second?.map((f) => [f.metric, f.value, f.period])).toEqual([
      ['trade_turnover', 1.1e9, '2021'],
      ['trade_growth', 22, '2021'],
    ]);
  });

  it('carries a stated period to an undated past figure right after, not further', () => {
    const texts = [
      'Aid to Laos rose by 12 percent last year.',
      'Two-way trade surpassed 1.2 billion USD.',
      'The two sides discussed the border.',
      'Exports reached 400 million USD.',
    ];
    const out = findFiguresInSentences(texts.map((t) => sentence(t, { reference: '2020-01-04' })));
    expect(out.map((fs) => fs.map((f) => f.period))).toEqual([['2019'], ['2019'], [], [null]]);
  });

  it('does not guess the year of "last year" without a reference date', () => {
    const texts = [
      'Two-way trade reached 900 million USD in 2017.',
      'Last year, exports to Laos reached 500 million USD.',
    ];
    const [, second] = findFiguresInSentences(texts.map((t) => sentence(t)));
    expect(second?.map((f) => f.period)).toEqual([null]);
  });
});
