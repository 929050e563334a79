import { describe, expect, it } from 'vitest';
import { Commitment } from '../../model/extraction.ts';
import { sentence } from '../figures/testing.ts';
import { findCommitments } from './index.ts';

const of = (text: string, over: Parameters<typeof sentence>[1] = {}) => findCommitments(sentence(text, over));
const kinds = (text: string, over: Parameters<typeof sentence>[1] = {}) => of(text, over).map((c) => c.kind);

describe('findCommitments: targets', () => {
  it('reads a trade target with its deadline; both sides commit', () => {
    const [t] = of('The two countries aim to lift two-way trade to US$3 billion by 2030.');
    expect(t).toMatchObject({
      kind: 'target',
      metric: 'trade_turnover',
      value: 3e9,
      unit: 'USD',
      deadline: '2030',
      parties: ['VN', 'LA'],
      area: 'economy',
    });
    expect(t?.text).toContain('US$3 billion');
  });

  it('keeps a growth range as value and value_max', () => {
    const [t] = of('The ministers set a target of 8-10 percent growth in bilateral trade next year.', {
      reference: '2023-01-10',
    });
    expect(t).toMatchObject({
      metric: 'trade_growth',
      value: 8,
      value_max: 10,
      unit: 'percent',
      deadline: '2024',
    });
  });

  it('gives a one-way target to the giving side', () => {
    const [t] = of('Vietnam will grant 1,200 scholarships to Lao students in 2026.');
    expect(t).toMatchObject({
      kind: 'target',
      metric: 'scholarships',
      value: 1200,
      parties: ['VN'],
      area: 'education',
      deadline: '2026',
    });
  });

  it('reads a raise-to phrase and a longer-term target in one sentence', () => {
    const ts = of(
      'Both sides should raise bilateral trade to US$2 billion, with a longer-term target of $4 billion.',
    );
    expect(ts.filter((c) => c.kind === 'target').map((c) => c.value)).toEqual([2e9, 4e9]);
  });

  it('is not fooled by a target that was surpassed', () => {
    expect(kinds('Two-way trade surpassed the target to reach 1.4 billion USD.')).not.toContain('target');
  });

  it('reads Vietnamese targets', () => {
    const [t] = of('Hai bên phấn đấu đưa kim ngạch thương mại song phương đạt 3 tỷ USD vào năm 2027.', {
      language: 'vi',
    });
    expect(t).toMatchObject({
      kind: 'target',
      metric: 'trade_turnover',
      value: 3e9,
      deadline: '2027',
      parties: ['VN', 'LA'],
    });
  });
});

describe('findCommitments: pledges', () => {
  it('reads a concrete undertaking, shortened, with its parties and area', () => {
    const [p] = of(
      'Both sides agreed to upgrade the railway link between the two capitals and open more flights.',
    );
    expect(p).toMatchObject({
      kind: 'pledge',
      parties: ['VN', 'LA'],
      area: 'infrastructure',
      deadline: null,
    });
    expect(p?.text).toBe('upgrade the railway link between the two capitals and open more flights');
  });

  it('names the single side that commits', () => {
    const [p] = of('Laos will actively resolve the obstacles facing Vietnamese businesses.');
    expect(p).toMatchObject({ kind: 'pledge', parties: ['LA'], area: 'economy' });
    expect(p?.text).toBe('resolve the obstacles facing Vietnamese businesses');
  });

  it('passes over goodwill, beliefs and things that cannot commit', () => {
    expect(
      of('The two leaders agreed to further deepen the great friendship and special solidarity.'),
    ).toEqual([]);
    expect(of('He expressed confidence that Laos will successfully organise the summit.')).toEqual([]);
    expect(of('The visit will further boost cooperation between the two countries.')).toEqual([]);
  });

  it('makes one pledge per clause', () => {
    const text =
      'They will hold annual defence dialogues, exchange border patrol data and train police officers; they will also expand tourism.';
    expect(kinds(text)).toEqual(['pledge', 'pledge']);
  });
});

describe('findCommitments: agreements', () => {
  it('reads a signed memorandum with its topic', () => {
    const [a] = of(
      'The two ministers signed a memorandum of understanding on cooperation in health care, witnessed by the prime ministers.',
    );
    expect(a).toMatchObject({ kind: 'agreement', area: 'health', parties: ['VN', 'LA'] });
    expect(a?.text).toBe('memorandum of understanding on cooperation in health care');
  });

  it('skips who signs and keeps the fields', () => {
    const text =
      'They witnessed the signing of cooperation documents between ministries and localities of the two countries in finance, customs and education.';
    expect(of(text).find((c) => c.kind === 'agreement')?.text).toBe(
      'cooperation documents in finance, customs and education',
    );
  });

  it('needs signing or a title: a mention of agreements in general is not one', () => {
    expect(kinds('Ministries will review bilateral cooperation agreements every year.')).not.toContain(
      'agreement',
    );
    expect(of('Trade grew under the Agreement on Border Trade.').map((c) => c.text)).toContain(
      'Agreement on Border Trade',
    );
  });
});

describe('findCommitments: schema and evidence', () => {
  it('every commitment validates and its evidence lies inside the sentence', () => {
    const texts = [
      'The two countries aim to lift two-way trade to US$3 billion by 2030.',
      'Both sides agreed to upgrade the railway link between the two capitals.',
      'The two ministers signed a protocol on training cooperation for 2026-2030.',
    ];
    for (const text of texts) {
      for (const c of findCommitments(sentence(text, { offset: 500 }))) {
        expect(Commitment.safeParse(c).success).toBe(true);
        expect(c.evidence!.start).toBeGreaterThanOrEqual(500);
        expect(c.evidence!.end).toBeLessThanOrEqual(500 + text.length);
      }
    }
  });
});
