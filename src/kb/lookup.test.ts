import { beforeAll, describe, expect, it } from 'vitest';
import {
  type KnowledgeBase,
  loadKnowledgeBase,
  lowerBound,
  type Office,
  placeValidOn,
  upperBound,
} from './index.ts';

let kb: KnowledgeBase;
beforeAll(() => {
  kb = loadKnowledgeBase();
});

const names = (people: readonly { name: string }[]) => people.map((p) => p.name);
const ids = (items: readonly { id: string }[]) => items.map((p) => p.id);

describe('offices by date', () => {
  it('knows who was Lao Prime Minister when', () => {
    expect(names(kb.holdersOn('prime_minister', 'LA', '2025-12-01'))).toEqual(['Sonexay Siphandone']);
    expect(names(kb.holdersOn('prime_minister', 'LA', '2018-06-01'))).toEqual(['Thongloun Sisoulith']);
    expect(names(kb.holdersOn('prime_minister', 'LA', '2022-06'))).toEqual(['Phankham Viphavanh']);
  });

  it('knows Thongloun was not Prime Minister in December 2025', () => {
    const offices = kb.officesOn('thongloun-sisoulith', '2025-12').map((o) => o.office);
    expect(offices).not.toContain('prime_minister');
    expect(offices).toEqual(expect.arrayContaining(['general_secretary', 'president']));
  });

  it('a month overlaps the offices that start or end in it, latest appointed first', () => {
    expect(names(kb.holdersOn('prime_minister', 'LA', '2021-03'))).toEqual([
      'Phankham Viphavanh',
      'Thongloun Sisoulith',
    ]);
    expect(names(kb.holdersOn('general_secretary', 'VN', '2024-07-01'))).toEqual(['Nguyễn Phú Trọng']);
    expect(names(kb.holdersOn('president', 'VN', '2024-10-21'))).toEqual(['Lương Cường', 'Tô Lâm']);
    expect(kb.officesOn('to-lam', '2024-09-01').map((o) => o.office)).toEqual([
      'president',
      'general_secretary',
    ]);
  });

  it('an unknown person has no offices', () => {
    expect(kb.officesOn('nobody', '2020')).toEqual([]);
  });

  it('top offices of VN, LA, KH and TH never certainly have two substantive holders on one day', () => {
    // Certainly: the whole partial start is before the day and the whole partial end after it
    // (a term ending `2010-12` may or may not overlap one starting `2010-12`); a handover day
    // counts once; acting tenures (labelled) overlap a suspended holder by nature.
    const certainly = (o: Office, day: string) =>
      upperBound(o.start) <= day && (o.end === null || lowerBound(o.end) > day) && o.label === undefined;
    const overlapping: string[] = [];
    for (const country of ['VN', 'LA', 'KH', 'TH']) {
      for (const office of ['general_secretary', 'president', 'prime_minister', 'na_chair']) {
        for (let year = 2010; year <= 2025; year++) {
          for (let month = 1; month <= 12; month++) {
            const day = `${year}-${String(month).padStart(2, '0')}-15`;
            const holders = kb
              .holdersOn(office, country, day)
              .filter((p) => p.offices.some((o) => o.office === office && certainly(o, day)));
            if (holders.length > 1)
              overlapping.push(`${office} ${country} ${day}: ${names(holders).join(', ')}`);
          }
        }
      }
    }
    expect(overlapping).toEqual([]);
  });

  it('Vietnam and Laos always have a Party leader, a President and a Prime Minister', () => {
    const vacant: string[] = [];
    for (const country of ['VN', 'LA']) {
      for (const office of ['general_secretary', 'president', 'prime_minister']) {
        for (let year = 2010; year <= 2025; year++) {
          for (let month = 1; month <= 12; month++) {
            const day = `${year}-${String(month).padStart(2, '0')}-15`;
            if (kb.holdersOn(office, country, day).length === 0) vacant.push(`${office} ${country} ${day}`);
          }
        }
      }
    }
    expect(vacant).toEqual([]);
  });
});

describe('persons by name', () => {
  it('folds case and diacritics', () => {
    for (const written of ['To Lam', 'TÔ LÂM', 'Tô Lâm'])
      expect(names(kb.personsByName(written))).toEqual(['Tô Lâm']);
  });

  it('knows other romanisations and Vietnamese transcriptions', () => {
    expect(names(kb.personsByName('Thongloun Sisoulit'))).toEqual(['Thongloun Sisoulith']);
    expect(names(kb.personsByName('Thoong-lun Xi-xu-lít'))).toEqual(['Thongloun Sisoulith']);
    expect(names(kb.personsByName('Sonxay Siphandone'))).toEqual(['Sonexay Siphandone']);
    expect(names(kb.personsByName('Tập Cận Bình'))).toEqual(['Xi Jinping']);
  });

  it('finds people by the partial name their naming convention gives', () => {
    expect(names(kb.personsByShortName('Chính'))).toContain('Phạm Minh Chính');
    expect(names(kb.personsByShortName('Chinh'))).toContain('Phạm Minh Chính');
    expect(names(kb.personsByShortName('Thongloun'))).toEqual(['Thongloun Sisoulith']);
    expect(names(kb.personsByShortName('Sonxay'))).toEqual(['Sonexay Siphandone']);
    expect(names(kb.personsByShortName('Cuong'))).toContain('Lương Cường');
    expect(names(kb.personsByShortName('Manet'))).toEqual(['Hun Manet']);
    expect(names(kb.personsByShortName('Abhisit'))).toEqual(['Abhisit Vejjajiva']);
    expect(kb.shortNamesOf(kb.person('to-lam')!)).toEqual(['Lâm', 'Lam']);
  });

  it('does not take a bare first name as a Vietnamese short form', () => {
    expect(names(kb.personsByShortName('Phạm'))).toEqual([]);
  });
});

describe('office titles', () => {
  it('finds the office type of a title, folded', () => {
    expect(kb.officeTypeByTitle('Prime Minister', 'en')?.key).toBe('prime_minister');
    expect(kb.officeTypeByTitle('thu tuong', 'vi')?.key).toBe('prime_minister');
    expect(kb.officeTypeByTitle('Tổng Bí thư')?.key).toBe('general_secretary');
    expect(kb.officeTypeByTitle('National Assembly Chairwoman', 'en')?.key).toBe('na_chair');
  });

  it('matches abbreviations only as written', () => {
    expect(kb.officeTypeByTitle('PM', 'en')?.key).toBe('prime_minister');
    expect(kb.officeTypeByTitle('pm', 'en')).toBeUndefined();
  });

  it('lists titles longest first for scanning', () => {
    const titles = kb.officeTitles('en');
    const keys = titles.map((t) => t.key.length);
    expect(keys).toEqual([...keys].sort((a, b) => b - a));
    const at = (title: string) => titles.findIndex((t) => t.title === title);
    expect(at('Deputy Prime Minister')).toBeLessThan(at('Prime Minister'));
    expect(titles.find((t) => t.title === 'PM')).toMatchObject({ exact: true, key: 'PM' });
  });
});

describe('countries', () => {
  it.each([
    ['Viet Nam', 'VN'],
    ['Việt Nam', 'VN'],
    ['Laotian', 'LA'],
    ['Lao PDR', 'LA'],
    ['Lào', 'LA'],
    ['Khmer', 'KH'],
    ['Thái Lan', 'TH'],
    ['US', 'US'],
  ])('%s → %s', (name, code) => {
    expect(kb.countryByName(name)?.code).toBe(code);
  });

  it('does not read a lower-case word as an abbreviation', () => {
    expect(kb.countryByName('us')).toBeUndefined();
    expect(kb.country('LA')?.capital).toBe('Vientiane');
  });
});

describe('places', () => {
  const units = (country: string, date: string) =>
    kb.places.filter(
      (p) =>
        p.country === country &&
        ['capital', 'municipality', 'province'].includes(p.kind) &&
        placeValidOn(p, date),
    );

  it('Vietnam has 63 provinces before the 2025 merger and 34 after', () => {
    expect(units('VN', '2025-06-30')).toHaveLength(63);
    expect(units('VN', '2025-07-01')).toHaveLength(34);
    expect(units('VN', '2020')).toHaveLength(63);
  });

  it('Laos has the capital and 17 provinces', () => {
    expect(units('LA', '2025-12-01')).toHaveLength(18);
  });

  it('every merged province became a unit that exists from 2025-07-01', () => {
    for (const p of kb.places.filter((x) => x.mergedInto !== undefined)) {
      const target = kb.place(p.mergedInto!)!;
      expect(placeValidOn(target, '2025-07-01')).toBe(true);
      expect(placeValidOn(target, '2025-06-30')).toBe(false);
    }
  });

  it('respects validity when a date is given, and finds both otherwise', () => {
    expect(kb.placeByName('HCM City', '2024-05-01')?.id).toBe('vn-ho-chi-minh-city');
    expect(kb.placeByName('HCM City', '2025-08')?.id).toBe('vn-ho-chi-minh-city-2025');
    expect(kb.placeByName('Quảng Nam', '2025-08')).toBeUndefined();
    expect(kb.placeByName('Quang Nam')?.mergedInto).toBe('vn-da-nang-2025');
    expect(ids(kb.placesByName('Tuyên Quang'))).toEqual(['vn-tuyen-quang-2025', 'vn-tuyen-quang']);
  });

  it.each([
    ['Hanoi', 'vn-ha-noi'],
    ['Ha Noi', 'vn-ha-noi'],
    ['Saigon', 'vn-ho-chi-minh-city-2025'],
    ['Thua Thien Hue', 'vn-hue'],
    ['Vientiane Capital', 'la-vientiane'],
    ['Viengchan', 'la-vientiane'],
    ['Hua Phan', 'la-houaphanh'],
    ['Saravane', 'la-salavan'],
    ['Sainyabuli', 'la-xayaboury'],
    ['Sihanoukville', 'kh-preah-sihanouk'],
    ['Udon Thani', 'th-udon-thani'],
    ['Vung Ang port', 'vn-vung-ang-port'],
    ['Thanh Thuy', 'vn-thanh-thuy-gate'],
  ])('%s → %s', (name, id) => {
    expect(kb.placeByName(name)?.id).toBe(id);
  });

  it('prefers a country when asked', () => {
    expect(kb.placeByName('Presidential Palace', undefined, 'LA')?.id).toBe('la-presidential-palace');
    expect(kb.place('vn-vung-ang-port')).toMatchObject({ kind: 'landmark', within: 'vn-ha-tinh' });
  });
});

describe('organisations', () => {
  it('matches acronyms exactly and names folded', () => {
    expect(ids(kb.organisationsByName('MPI'))).toEqual(['mpi_vn', 'mpi_la']);
    expect(kb.organisationsByName('mpi')).toEqual([]);
    expect(kb.organisationByName('MPI', 'LA')?.id).toBe('mpi_la');
    expect(kb.organisationByName('MoIT')?.id).toBe('moit_vn');
    expect(kb.organisationByName('VNA')?.id).toBe('vna');
    expect(kb.organisationByName('vietnam news agency')?.id).toBe('vna');
    expect(kb.organisationByName('Dang Nhan dan Cach mang Lao')?.id).toBe('lprp');
    expect(kb.organisationByName('Intergovernmental Committee')?.id).toBe('vn_la_igc');
    expect(kb.organisationByName('KPL')?.id).toBe('kpl');
  });
});
