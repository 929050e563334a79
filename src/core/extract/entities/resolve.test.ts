import { describe, expect, it } from 'vitest';
import { run } from './fixtures.ts';

const who = (text: string, ref: string | null = null) =>
  run(text, { ref }).persons.map((p) => [text.slice(p.start, p.end), p.personId, p.via]);

describe('titles without a name', () => {
  it('resolve to the holder on the reference date', () => {
    expect(who('The Lao Prime Minister thanked the hosts.', '2025-12-02')).toEqual([
      ['Lao Prime Minister', 'sonexay-siphandone', 'title'],
    ]);
    expect(who('The Lao Prime Minister thanked the hosts.', '2019-06-01')).toEqual([
      ['Lao Prime Minister', 'thongloun-sisoulith', 'title'],
    ]);
  });

  it('resolve to the person the article gave that office, even without a date', () => {
    const text = 'Lao Prime Minister Sonexay Siphandone arrived. The Prime Minister laid a wreath.';
    expect(who(text).at(-1)).toEqual(['Prime Minister', 'sonexay-siphandone', 'title']);
  });

  it('are not persons in personNames', () => {
    expect(run('The Vietnamese President spoke.', { ref: '2025-01-10' }).names).toEqual([]);
  });
});

describe('descriptions', () => {
  it('find the counterpart: same office, other country', () => {
    const text = 'Prime Minister Pham Minh Chinh held talks with his Lao counterpart in Hanoi.';
    expect(who(text, '2025-01-10').at(-1)).toEqual([
      'his Lao counterpart',
      'sonexay-siphandone',
      'description',
    ]);
  });

  it('take the name that follows a description as that person, with the office', () => {
    const e = run('Prime Minister Pham Minh Chinh met his Lao counterpart Sonexay Siphandone.');
    expect(e.persons.at(-1)).toMatchObject({
      personId: 'sonexay-siphandone',
      via: 'name',
      claimedOffice: 'prime_minister',
    });
  });

  it('find the host, the guest, the leader and the latter from context', () => {
    const text =
      'VIENTIANE — General Secretary To Lam met Prime Minister Sonexay Siphandone. The host praised the visit. The guest thanked the host. The Vietnamese leader left. To Lam later met Thongloun Sisoulith during the latter’s stay.';
    const found = who(text, '2025-12-02').filter(([, , via]) => via === 'description');
    expect(found).toEqual([
      ['The host', 'sonexay-siphandone', 'description'],
      ['The guest', 'to-lam', 'description'],
      ['the host', 'sonexay-siphandone', 'description'],
      ['The Vietnamese leader', 'to-lam', 'description'],
      ['the latter', 'thongloun-sisoulith', 'description'],
    ]);
  });
});

describe('office conflicts', () => {
  const conflicts = (text: string, ref: string | null) => run(text, { ref }).flags;

  it('flag an office the base says the person did not hold on the reference date', () => {
    const text = 'On Tuesday General Secretary To Lam briefed PM Thongloun Sisoulith on the talks.';
    const [flag, ...rest] = conflicts(text, '2025-12-02');
    expect(rest).toEqual([]);
    expect(flag).toMatchObject({
      kind: 'office_conflict',
      person: 'Thongloun Sisoulith',
      claimed: 'Prime Minister',
      known: 'General Secretary, President',
      date: '2025-12-02',
    });
    expect(text.slice(flag!.evidence.start, flag!.evidence.end)).toBe('PM Thongloun Sisoulith');
  });

  it('do not flag offices held, general forms, the past, or undated texts', () => {
    expect(conflicts('General Secretary and President Thongloun Sisoulith spoke.', '2025-12-02')).toEqual([]);
    expect(conflicts('Minister Phan Van Giang spoke.', '2025-12-02')).toEqual([]);
    expect(conflicts('Then Prime Minister Thongloun Sisoulith visited Hanoi.', '2025-12-02')).toEqual([]);
    expect(conflicts('In 2019 Prime Minister Thongloun Sisoulith visited Hanoi.', '2025-12-02')).toEqual([]);
    expect(conflicts('Acting Prime Minister Thongloun Sisoulith spoke.', '2025-12-02')).toEqual([]);
    expect(conflicts('PM Thongloun Sisoulith spoke.', null)).toEqual([]);
    expect(conflicts('President Ho Chi Minh founded the party.', '2025-12-02')).toEqual([]);
  });

  it('check Vietnamese titles too', () => {
    const flags = run('Thủ tướng Thongloun Sisoulith phát biểu.', { lang: 'vi', ref: '2025-12-02' }).flags;
    expect(flags.map((f) => f.claimed)).toEqual(['Prime Minister']);
  });
});
