import { describe, expect, it } from 'vitest';
import { run } from './fixtures.ts';

describe('places, countries and organisations', () => {
  it('mark the dateline an article opens with', () => {
    for (const text of [
      'VIENTIANE — The talks began.',
      'Hanoi (VNA) – The talks began.',
      'HÀ NỘI — The talks began.',
    ]) {
      const [place] = run(text).places;
      expect(place).toMatchObject({ sentence: 0, start: 0, dateline: true });
    }
    expect(run('The talks began in Hanoi — a city of lakes.').places[0]?.dateline).toBeUndefined();
  });

  it('resolve a province name to the unit that existed on the reference date', () => {
    expect(run('Officials of Quang Tri province met.', { ref: '2024-05-01' }).places[0]?.placeId).toBe(
      'vn-quang-tri',
    );
    expect(run('Officials of Quang Tri province met.', { ref: '2025-09-01' }).places[0]?.placeId).toBe(
      'vn-quang-tri-2025',
    );
    expect(run('Officials of Quang Binh province met.', { ref: '2024-05-01' }).places[0]?.placeId).toBe(
      'vn-quang-binh',
    );
  });

  it('mark country adjectives, including those inside titles', () => {
    const e = run('The Lao Prime Minister visited Vietnam.', { ref: '2025-01-10' });
    expect(e.countries.map((c) => [c.code, c.adjective])).toEqual([
      ['LA', true],
      ['VN', false],
    ]);
  });

  it('find organisations by name and acronym, shared acronyms by the country before them', () => {
    const e = run('The Ministry of Foreign Affairs told VNA that the Lao NA will meet.');
    expect(e.organisations.map((o) => o.orgId)).toEqual(['mofa_vn', 'vna', 'na_la']);
  });

  it('find Vietnamese forms', () => {
    const e = run('Bộ Ngoại giao cho biết Thủ tướng Lào sẽ thăm Hà Nội.', { lang: 'vi', ref: '2025-01-10' });
    expect(e.organisations.map((o) => o.orgId)).toEqual(['mofa_vn']);
    expect(e.places.map((p) => p.placeId)).toEqual(['vn-ha-noi']);
    expect(e.persons.map((p) => [p.personId, p.via])).toEqual([['sonexay-siphandone', 'title']]);
  });
});
