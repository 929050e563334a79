/**
 * Deterministic synthetic news corpus for benchmarks.
 *
 * `syntheticArticles` streams templated articles about bilateral relations between
 * mainland South-East Asian neighbours (VN–LA, VN–KH, LA–TH, LA–KH): visits, talks,
 * meetings, numbered joint-committee sessions, signings, ceremonies, calls and
 * messages, dated 2010–2026 and written with varied date, money and dateline styles.
 * Each article is built from its own PRNG, seeded from (seed, index), so article `i`
 * is the same whatever `count` is, and nothing is kept between articles: memory stays
 * flat however large the corpus.
 *
 * The leader table below is benchmark scaffolding, not product data: it is small,
 * year-granular and only needs to be plausible.
 *
 * CLI: node --import tsx bench/synthetic/generate.ts <dir> [--count N] [--seed S] [--format text|html]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVENT_TYPES, type EventType } from '../../src/core/model/extraction.ts';

export type SyntheticFormat = 'text' | 'html';

export interface SyntheticOptions {
  count: number;
  seed?: number;
  format?: SyntheticFormat;
}

export interface SyntheticArticle {
  name: string;
  text: string;
}

export const DEFAULT_SEED = 20260126;
export const MIN_WORDS = 250;
export const MAX_WORDS = 600;

// ---------------------------------------------------------------------------
// PRNG
// ---------------------------------------------------------------------------

/** mulberry32 over a 32-bit state. */
class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [item, w] of items) {
      roll -= w;
      if (roll < 0) return item;
    }
    const last = items[items.length - 1];
    if (last === undefined) throw new Error('weighted pick from an empty list');
    return last[0];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const a = out[i] as T;
      out[i] = out[j] as T;
      out[j] = a;
    }
    return out;
  }
}

/** Mixes the corpus seed and the article index into an independent 32-bit seed. */
function articleSeed(seed: number, index: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (index + 0x7f4a7c15), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

// ---------------------------------------------------------------------------
// Scaffolding tables
// ---------------------------------------------------------------------------

type Code = 'VN' | 'LA' | 'KH' | 'TH';
type Office = 'president' | 'pm' | 'fm';

interface Country {
  code: Code;
  names: readonly string[];
  adj: string;
  capital: string;
  capitalCaps: string;
  agency: string;
  nationalDay: { month: number; day: number; since: number };
  provinces: readonly string[];
  /** Vietnamese names are family-name first (short form = last word); KH leaders keep the full name. */
  shortForm: 'last' | 'first' | 'full';
}

const COUNTRIES: Record<Code, Country> = {
  VN: {
    code: 'VN',
    names: ['Vietnam', 'Viet Nam', 'Việt Nam'],
    adj: 'Vietnamese',
    capital: 'Hanoi',
    capitalCaps: 'HANOI',
    agency: 'VNA',
    nationalDay: { month: 9, day: 2, since: 1945 },
    provinces: [
      'Ha Tinh',
      'Nghe An',
      'Thanh Hoa',
      'Quang Tri',
      'Dien Bien',
      'Son La',
      'Kon Tum',
      'Tay Ninh',
      'An Giang',
    ],
    shortForm: 'last',
  },
  LA: {
    code: 'LA',
    names: ['Laos', 'the Lao PDR'],
    adj: 'Lao',
    capital: 'Vientiane',
    capitalCaps: 'VIENTIANE',
    agency: 'KPL',
    nationalDay: { month: 12, day: 2, since: 1975 },
    provinces: [
      'Luang Prabang',
      'Houaphanh',
      'Xiengkhuang',
      'Bolikhamxay',
      'Khammouane',
      'Savannakhet',
      'Champasak',
      'Attapeu',
    ],
    shortForm: 'first',
  },
  KH: {
    code: 'KH',
    names: ['Cambodia', 'the Kingdom of Cambodia'],
    adj: 'Cambodian',
    capital: 'Phnom Penh',
    capitalCaps: 'PHNOM PENH',
    agency: 'AKP',
    nationalDay: { month: 11, day: 9, since: 1953 },
    provinces: [
      'Siem Reap',
      'Battambang',
      'Kampot',
      'Ratanakiri',
      'Stung Treng',
      'Svay Rieng',
      'Preah Vihear',
    ],
    shortForm: 'full',
  },
  TH: {
    code: 'TH',
    names: ['Thailand', 'the Kingdom of Thailand'],
    adj: 'Thai',
    capital: 'Bangkok',
    capitalCaps: 'BANGKOK',
    agency: 'NNT',
    nationalDay: { month: 12, day: 5, since: 1927 },
    provinces: [
      'Nong Khai',
      'Udon Thani',
      'Nakhon Phanom',
      'Mukdahan',
      'Ubon Ratchathani',
      'Chiang Rai',
      'Loei',
    ],
    shortForm: 'first',
  },
};

interface Leader {
  country: Code;
  office: Office;
  name: string;
  from: number;
  to: number;
}

const L = (country: Code, office: Office, name: string, from: number, to: number): Leader => ({
  country,
  office,
  name,
  from,
  to,
});

const LEADERS: readonly Leader[] = [
  L('VN', 'president', 'Nguyễn Minh Triết', 2010, 2010),
  L('VN', 'president', 'Trương Tấn Sang', 2011, 2015),
  L('VN', 'president', 'Trần Đại Quang', 2016, 2017),
  L('VN', 'president', 'Nguyễn Phú Trọng', 2018, 2020),
  L('VN', 'president', 'Nguyễn Xuân Phúc', 2021, 2022),
  L('VN', 'president', 'Võ Văn Thưởng', 2023, 2023),
  L('VN', 'president', 'Lương Cường', 2024, 2026),
  L('VN', 'pm', 'Nguyễn Tấn Dũng', 2010, 2015),
  L('VN', 'pm', 'Nguyễn Xuân Phúc', 2016, 2020),
  L('VN', 'pm', 'Phạm Minh Chính', 2021, 2026),
  L('VN', 'fm', 'Phạm Bình Minh', 2010, 2020),
  L('VN', 'fm', 'Bùi Thanh Sơn', 2021, 2025),
  L('VN', 'fm', 'Lê Hoài Trung', 2026, 2026),
  L('LA', 'president', 'Choummaly Sayasone', 2010, 2015),
  L('LA', 'president', 'Bounnhang Vorachith', 2016, 2020),
  L('LA', 'president', 'Thongloun Sisoulith', 2021, 2026),
  L('LA', 'pm', 'Thongsing Thammavong', 2010, 2015),
  L('LA', 'pm', 'Thongloun Sisoulith', 2016, 2020),
  L('LA', 'pm', 'Phankham Viphavanh', 2021, 2022),
  L('LA', 'pm', 'Sonexay Siphandone', 2023, 2026),
  L('LA', 'fm', 'Thongloun Sisoulith', 2010, 2015),
  L('LA', 'fm', 'Saleumxay Kommasith', 2016, 2023),
  L('LA', 'fm', 'Thongsavanh Phomvihane', 2024, 2026),
  L('KH', 'pm', 'Hun Sen', 2010, 2022),
  L('KH', 'pm', 'Hun Manet', 2023, 2026),
  L('KH', 'fm', 'Hor Namhong', 2010, 2015),
  L('KH', 'fm', 'Prak Sokhonn', 2016, 2023),
  L('KH', 'fm', 'Sok Chenda Sophea', 2024, 2026),
  L('TH', 'pm', 'Abhisit Vejjajiva', 2010, 2010),
  L('TH', 'pm', 'Yingluck Shinawatra', 2011, 2013),
  L('TH', 'pm', 'Prayut Chan-o-cha', 2014, 2022),
  L('TH', 'pm', 'Srettha Thavisin', 2023, 2023),
  L('TH', 'pm', 'Paetongtarn Shinawatra', 2024, 2024),
  L('TH', 'pm', 'Anutin Charnvirakul', 2025, 2026),
  L('TH', 'fm', 'Kasit Piromya', 2010, 2010),
  L('TH', 'fm', 'Surapong Tovichakchaikul', 2011, 2013),
  L('TH', 'fm', 'Don Pramudwinai', 2014, 2022),
  L('TH', 'fm', 'Parnpree Bahiddha-nukara', 2023, 2023),
  L('TH', 'fm', 'Maris Sangiampongsa', 2024, 2025),
  L('TH', 'fm', 'Sihasak Phuangketkeow', 2026, 2026),
];

interface Pair {
  a: Code;
  b: Code;
  weight: number;
  /** Name and ordinal base of the joint committee: ordinal = year - base. */
  mechanism: string;
  ordinalBase: number;
  cochairs: Office;
  /** Rough two-way trade in USD in 2010 and 2025, interpolated in between. */
  trade2010: number;
  trade2025: number;
  scholarships: readonly [number, number];
  investor: Code;
  investment2025: number;
  /** Year diplomatic relations were established. */
  relationsSince: number;
}

const PAIRS: readonly Pair[] = [
  {
    a: 'VN',
    b: 'LA',
    relationsSince: 1962,
    weight: 4,
    mechanism: 'Intergovernmental Committee',
    ordinalBase: 1978,
    cochairs: 'pm',
    trade2010: 0.5e9,
    trade2025: 2.3e9,
    scholarships: [900, 1200],
    investor: 'VN',
    investment2025: 5.5e9,
  },
  {
    a: 'VN',
    b: 'KH',
    relationsSince: 1967,
    weight: 2,
    mechanism: 'Joint Commission for Economic, Cultural, Scientific and Technical Cooperation',
    ordinalBase: 2002,
    cochairs: 'fm',
    trade2010: 1.8e9,
    trade2025: 10.5e9,
    scholarships: [150, 300],
    investor: 'VN',
    investment2025: 3.0e9,
  },
  {
    a: 'LA',
    b: 'TH',
    relationsSince: 1950,
    weight: 2,
    mechanism: 'Joint Commission on Bilateral Cooperation',
    ordinalBase: 1995,
    cochairs: 'fm',
    trade2010: 3.1e9,
    trade2025: 8.0e9,
    scholarships: [100, 250],
    investor: 'TH',
    investment2025: 5.0e9,
  },
  {
    a: 'LA',
    b: 'KH',
    relationsSince: 1956,
    weight: 1,
    mechanism: 'Joint Commission on Bilateral Cooperation',
    ordinalBase: 2008,
    cochairs: 'fm',
    trade2010: 0.03e9,
    trade2025: 0.45e9,
    scholarships: [30, 80],
    investor: 'KH',
    investment2025: 0.2e9,
  },
];

const EVENT_KINDS = EVENT_TYPES;
type Kind = EventType;
const KIND_WEIGHTS: readonly (readonly [Kind, number])[] = [
  ['visit', 3],
  ['talks', 2],
  ['meeting', 2],
  ['session', 2],
  ['signing', 1],
  ['ceremony', 1],
  ['call', 1],
  ['message', 1],
];

const AREAS = [
  'education and training',
  'health care',
  'energy',
  'transport infrastructure',
  'agriculture',
  'customs and trade facilitation',
  'tourism',
  'justice and law enforcement',
  'culture and sport',
  'digital transformation',
  'banking and finance',
  'border management',
] as const;

const PROJECTS = [
  'a friendship hospital',
  'a vocational school',
  'a bridge over the border river',
  'a new border checkpoint',
  'a secondary school with dormitories',
  'a rural road',
  'a provincial library',
  'a solar farm',
  'a clean-water plant',
] as const;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const MONTHS_SHORT = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

// ---------------------------------------------------------------------------
// Article context
// ---------------------------------------------------------------------------

interface Person {
  name: string;
  short: string;
  title: string;
  country: Country;
}

interface Ctx {
  rng: Rng;
  pair: Pair;
  kind: Kind;
  host: Country;
  guest: Country;
  date: Date;
  endDate: Date;
  published: Date;
  year: number;
  hostPerson: Person;
  guestPerson: Person;
  nameOf: Record<Code, string>;
  dateStyle: number;
  moneyStyle: number;
  pctStyle: number;
  agency: string;
  place: string;
  ordinal: number;
  trade: number;
  tradeYear: number;
  growth: number;
  investment: number;
  projects: number;
  scholarships: number;
  target: number;
  targetYear: number;
  growthTarget: readonly [number, number];
  areas: readonly string[];
  project: string;
  province: string;
  documents: number;
}

function leaderOf(country: Code, office: Office, year: number): Leader {
  const found = LEADERS.find(
    (l) => l.country === country && l.office === office && l.from <= year && year <= l.to,
  );
  if (found) return found;
  const pm = LEADERS.find(
    (l) => l.country === country && l.office === 'pm' && l.from <= year && year <= l.to,
  );
  if (!pm) throw new Error(`no leader for ${country} ${office} ${year}`);
  return pm;
}

const TITLES: Record<Office, string> = {
  president: 'President',
  pm: 'Prime Minister',
  fm: 'Foreign Minister',
};

function person(country: Country, office: Office, year: number): Person {
  const leader = leaderOf(country.code, office, year);
  const words = leader.name.split(' ');
  const short =
    country.shortForm === 'full' ? leader.name : country.shortForm === 'last' ? words.at(-1)! : words[0]!;
  const title =
    leader.office === 'president' && country.code === 'LA'
      ? 'General Secretary and President'
      : TITLES[leader.office];
  return { name: leader.name, short, title, country };
}

function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function ordinalSuffix(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;
}

function fmtDate(c: Ctx, d: Date, withYear = true): string {
  const day = d.getUTCDate();
  const month = d.getUTCMonth();
  const year = d.getUTCFullYear();
  const m = MONTHS[month]!;
  switch (c.dateStyle) {
    case 0:
      return withYear ? `${m} ${day}, ${year}` : `${m} ${day}`;
    case 1:
      return withYear ? `${day} ${m} ${year}` : `${day} ${m}`;
    case 2:
      return withYear ? `${MONTHS_SHORT[month]} ${day}, ${year}` : `${MONTHS_SHORT[month]} ${day}`;
    case 3:
      return `${String(day).padStart(2, '0')}/${String(month + 1).padStart(2, '0')}/${year}`;
    case 4:
      return withYear
        ? `${WEEKDAYS[d.getUTCDay()]}, ${m} ${day}, ${year}`
        : `${WEEKDAYS[d.getUTCDay()]}, ${m} ${day}`;
    default:
      return iso(d);
  }
}

/** "on Monday", "on March 4", "on 4 March 2019"… relative to the publication date. */
function onDate(c: Ctx, d: Date): string {
  const sameDay = iso(d) === iso(c.published);
  const withinWeek = Math.abs(c.published.getTime() - d.getTime()) < 6 * 86_400_000;
  if (withinWeek && c.rng.chance(0.3)) return `on ${WEEKDAYS[d.getUTCDay()]}`;
  if (sameDay && c.rng.chance(0.2)) return 'today';
  return `on ${fmtDate(c, d, c.rng.chance(0.6))}`;
}

function money(c: Ctx, usd: number): string {
  const bn = usd / 1e9;
  if (bn < 1) {
    const m = Math.round(usd / 1e6);
    return c.moneyStyle % 2 === 0 ? `US$${m} million` : `${m} million USD`;
  }
  const v = String(Number(bn.toFixed(bn >= 10 ? 1 : 2)));
  switch (c.moneyStyle) {
    case 0:
      return `US$${v} billion`;
    case 1:
      return `${v} billion USD`;
    case 2:
      return `USD ${v} billion`;
    case 3:
      return `$${v}bn`;
    default:
      return `US$${v}bn`;
  }
}

function pct(c: Ctx, v: number): string {
  const s = Number.isInteger(v) ? String(v) : v.toFixed(1);
  return c.pctStyle === 0 ? `${s} percent` : c.pctStyle === 1 ? `${s}%` : `${s} per cent`;
}

function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function makeContext(rng: Rng): Ctx {
  const pair = rng.weighted(PAIRS.map((p) => [p, p.weight] as const));
  const kind = rng.weighted(KIND_WEIGHTS);
  const recipient = pair.investor === pair.a ? pair.b : pair.a;
  // Aid projects are inaugurated in the recipient country, with the donor as guest.
  const hostCode = kind === 'ceremony' ? recipient : rng.chance(0.5) ? pair.a : pair.b;
  const host = COUNTRIES[hostCode];
  const guest = COUNTRIES[hostCode === pair.a ? pair.b : pair.a];
  const year = rng.int(2010, 2026);
  let date = utcDate(year, rng.int(1, 12), rng.int(1, 28));
  if (kind === 'message') {
    const nd = host.nationalDay;
    date = addDays(utcDate(year, nd.month, nd.day), -rng.int(0, 1));
  }
  const days = kind === 'visit' ? rng.int(1, 3) : 1;
  const endDate = addDays(date, days - 1);
  const published = addDays(endDate, rng.chance(0.7) ? 0 : 1);

  const office: Office =
    kind === 'session'
      ? pair.cochairs
      : kind === 'message' || (kind === 'visit' && rng.chance(0.35))
        ? host.code === 'VN' || host.code === 'LA'
          ? guest.code === 'VN' || guest.code === 'LA'
            ? 'president'
            : 'pm'
          : 'pm'
        : kind === 'meeting'
          ? 'fm'
          : 'pm';
  const hostPerson = person(host, kind === 'meeting' ? 'pm' : office, year);
  const guestPerson = person(guest, office, year);

  const t = Math.min(1, Math.max(0, (year - 2010) / 15));
  const trade = (pair.trade2010 + (pair.trade2025 - pair.trade2010) * t) * (0.9 + rng.next() * 0.2);
  const nice = [0.5e9, 1e9, 2e9, 3e9, 5e9, 10e9, 15e9, 20e9, 25e9, 30e9];
  const target = nice.find((n) => n > trade * 1.4) ?? 40e9;
  const growthLow = rng.pick([5, 8, 10, 10, 15]);

  const agency = rng.weighted([
    [host.agency, 3],
    [guest.agency, 2],
    ['VNS', host.code === 'VN' || guest.code === 'VN' ? 1 : 0],
    ['Vientiane Times', host.code === 'LA' || guest.code === 'LA' ? 1 : 0],
  ] as const);

  return {
    rng,
    pair,
    kind,
    host,
    guest,
    date,
    endDate,
    published,
    year,
    hostPerson,
    guestPerson,
    nameOf: {
      VN: agency === 'VNS' ? 'Việt Nam' : rng.pick(COUNTRIES.VN.names.slice(0, 2)),
      LA: rng.chance(0.85) ? 'Laos' : 'the Lao PDR',
      KH: 'Cambodia',
      TH: 'Thailand',
    },
    dateStyle: rng.int(0, 5),
    moneyStyle: rng.int(0, 4),
    pctStyle: rng.int(0, 2),
    agency,
    place: kind === 'ceremony' ? rng.pick(host.provinces) : host.capital,
    ordinal: year - pair.ordinalBase,
    trade,
    tradeYear: year - 1,
    growth: Math.round((rng.next() * 40 - 5) * 10) / 10,
    investment: pair.investment2025 * (0.3 + 0.7 * t) * (0.9 + rng.next() * 0.2),
    projects: rng.int(40, 300),
    scholarships: rng.int(pair.scholarships[0], pair.scholarships[1]),
    target,
    targetYear: year + rng.int(2, 6),
    growthTarget: [growthLow, growthLow + rng.pick([5, 5, 10])],
    areas: rng.shuffle(AREAS).slice(0, rng.int(2, 4)),
    project: rng.pick(PROJECTS),
    documents: rng.int(3, 9),
    province: rng.pick(host.provinces),
  };
}

// ---------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------

const n = (c: Ctx, code: Code): string => c.nameOf[code];
const full = (p: Person): string => `${p.country.adj} ${p.title} ${p.name}`;
const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

function headline(c: Ctx): string {
  const H = n(c, c.host.code);
  const G = n(c, c.guest.code);
  const pairName = `${n(c, c.pair.a)}–${n(c, c.pair.b)}`;
  switch (c.kind) {
    case 'visit':
      return c.rng.pick([
        `${c.guestPerson.title} ${c.guestPerson.name} begins official visit to ${H}`,
        `${G}, ${H} vow closer ties as ${c.guestPerson.short} visits ${c.host.capital}`,
        `${c.guestPerson.country.adj} leader ${c.guestPerson.short} arrives in ${c.host.capital} for talks`,
      ]);
    case 'talks':
      return c.rng.pick([
        `${c.hostPerson.title}s of ${H} and ${G} hold talks in ${c.host.capital}`,
        `${pairName} talks focus on trade, connectivity`,
      ]);
    case 'meeting':
      return `${c.host.adj} ${c.hostPerson.title} receives ${c.guestPerson.country.adj} ${c.guestPerson.title}`;
    case 'session':
      return c.rng.pick([
        `${ordinalSuffix(c.ordinal)} session of ${pairName} ${c.pair.mechanism} held in ${c.host.capital}`,
        `${pairName} ${c.pair.mechanism} meets for ${ordinalSuffix(c.ordinal)} time`,
      ]);
    case 'signing':
      return `${H} and ${G} sign agreements on ${list(c.areas.slice(0, 2))}`;
    case 'ceremony':
      return `${c.guest.adj}-funded ${c.project.replace(/^an? /, '')} inaugurated in ${c.place}`;
    case 'call':
      return `${c.hostPerson.title}s of ${H}, ${G} hold phone talks`;
    case 'message':
      return `${G}'s leaders congratulate ${H} on National Day`;
  }
}

function dateline(c: Ctx): string {
  const place = c.kind === 'call' || c.kind === 'message' ? COUNTRIES[c.guest.code] : c.host;
  const city =
    c.kind === 'ceremony' && c.place !== c.host.capital ? c.place.toUpperCase() : place.capitalCaps;
  const style = c.rng.int(0, 3);
  if (style === 0) return `${city} (${c.agency}) —`;
  if (style === 1) return `${city} —`;
  if (style === 2) {
    const titled = city.toLowerCase().replace(/\b\w/g, (ch) => ch.toUpperCase());
    return `${titled}, ${fmtDate(c, c.published, false)} (${c.agency}) –`;
  }
  return `${city}, ${MONTHS_SHORT[c.published.getUTCMonth()]} ${c.published.getUTCDate()} —`;
}

function lead(c: Ctx): string {
  const H = n(c, c.host.code);
  const G = n(c, c.guest.code);
  const hp = c.hostPerson;
  const gp = c.guestPerson;
  const when = onDate(c, c.date);
  switch (c.kind) {
    case 'visit': {
      const span =
        iso(c.date) === iso(c.endDate)
          ? `a one-day official visit ${when}`
          : `an official visit from ${fmtDate(c, c.date, false)} to ${fmtDate(c, c.endDate)}`;
      return `${full(gp)} arrived in ${c.host.capital} for ${span}, at the invitation of ${hp.title} ${hp.name}. The two leaders held talks shortly after an official welcome ceremony at the seat of government.`;
    }
    case 'talks':
      return `${full(hp)} and his ${c.guest.adj} counterpart ${gp.name} held talks in ${c.host.capital} ${when}, reviewing cooperation between ${H} and ${G} and agreeing on priorities for the coming period.`;
    case 'meeting':
      return `${full(hp)} received ${c.guest.adj} ${gp.title} ${gp.name} in ${c.host.capital} ${when}, during the latter's working visit to ${H} to prepare for upcoming high-level exchanges.`;
    case 'session':
      return `The ${ordinalSuffix(c.ordinal)} session of the ${n(c, c.pair.a)}–${n(c, c.pair.b)} ${c.pair.mechanism} opened in ${c.host.capital} ${when}, co-chaired by ${full(hp)} and ${full(gp)}. Delegates reviewed the implementation of last year's agreements and adopted a plan for ${c.year}.`;
    case 'signing':
      return `Ministers from ${H} and ${G} signed ${c.documents} cooperation documents in ${c.host.capital} ${when}, covering ${list(c.areas)}. The signing was witnessed by ${hp.title} ${hp.name} and ${c.guest.adj} ${gp.title} ${gp.name}.`;
    case 'ceremony':
      return `Officials of ${H} and ${G} attended a ceremony ${when} to inaugurate ${c.project} in ${c.place}, built with non-refundable aid from ${G}. ${full(hp)} cut the ribbon together with a ${c.guest.adj} delegation led by ${gp.title} ${gp.name}.`;
    case 'call':
      return `${full(hp)} held a phone call with ${c.guest.adj} ${gp.title} ${gp.name} ${when} to discuss the implementation of agreements reached at their last meeting.`;
    case 'message': {
      const anniversary = c.year - c.host.nationalDay.since;
      return `${full(gp)} sent a message of congratulations to ${hp.title} ${hp.name} ${when} on the occasion of the ${ordinalSuffix(anniversary)} National Day of ${H}.`;
    }
  }
}

type ParagraphTemplate = (c: Ctx) => string;

/** Paragraphs that carry figures and targets; at least one is always used. */
const FIGURE_PARAGRAPHS: readonly ParagraphTemplate[] = [
  (c) =>
    `Two-way trade reached ${money(c, c.trade)} in ${c.tradeYear}, ${c.growth >= 0 ? 'up' : 'down'} ${pct(c, Math.abs(c.growth))} on the previous year, according to official figures. Both sides agreed that the result did not yet match the potential of the two economies.`,
  (c) =>
    `The two sides set a target of raising bilateral trade to ${money(c, c.target)} by ${c.targetYear}, from ${money(c, c.trade)} last year. They asked ministries to remove barriers to goods crossing the border and to hold more trade fairs.`,
  (c) =>
    `${n(c, c.pair.investor)} has ${count(c.projects)} investment projects in ${n(c, c.pair.investor === c.pair.a ? c.pair.b : c.pair.a)} with total registered capital of about ${money(c, c.investment)}, concentrated in energy, mining, agriculture and services.`,
  (c) =>
    `In education, ${n(c, c.pair.investor)} will offer ${count(c.scholarships)} scholarships to students from ${n(c, c.pair.investor === c.pair.a ? c.pair.b : c.pair.a)} in the ${c.year}–${c.year + 1} academic year, and both governments will expand language training and joint university programmes.`,
  (c) =>
    `For ${c.year}, the two governments aim for trade growth of ${c.growthTarget[0]}–${pct(c, c.growthTarget[1])}, and they reaffirmed the longer-term goal of ${money(c, c.target)} in annual two-way trade.`,
];

/** Context and colour, picked without replacement until the word budget is met. */
const FILLER_PARAGRAPHS: readonly ParagraphTemplate[] = [
  (c) =>
    `${c.hostPerson.short} said relations between ${n(c, c.host.code)} and ${n(c, c.guest.code)} had developed well in recent years and that political trust remained the foundation of cooperation in every field.`,
  (c) =>
    `The two sides agreed to step up cooperation in ${list(c.areas)}, and to assign ministries to draw up concrete action plans with clear timelines.`,
  () =>
    `Both leaders underlined the importance of connecting the two economies through roads, railways, power lines and border gates, and called for faster progress on projects that have fallen behind schedule.`,
  (c) =>
    `On border issues, they praised the work of provincial authorities in ${c.province} and neighbouring areas in maintaining security and order, and agreed to open more border crossings for trade.`,
  () =>
    `The two sides pledged to coordinate closely at regional and international forums, including ASEAN and the Mekong subregional mechanisms, and to support each other's candidacies at United Nations bodies.`,
  (c) =>
    `Officials said businesses from ${n(c, c.guest.code)} had raised concerns about land clearance, licensing and tax procedures, and the ${c.host.adj} side promised to address them quickly.`,
  () =>
    `Tourism was described as an area with strong potential. The two countries plan to promote joint tour routes and to simplify procedures for travellers crossing the border by road.`,
  (c) =>
    `${c.hostPerson.short} asked the two sides to improve the quality of joint projects rather than only their number, and to ensure that cooperation brings practical benefits to people on both sides of the border.`,
  () =>
    `In defence and security, the two sides agreed to continue exchanging information, fighting drug trafficking and cross-border crime, and training officers at each other's academies.`,
  () =>
    `The leaders also exchanged views on regional developments, agreeing that peace and stability in the Mekong region and South-East Asia serve the interests of both countries.`,
  (c) =>
    `People-to-people exchanges were also on the agenda, with plans for youth festivals, exchanges of artists and cultural weeks in ${c.host.capital} and ${c.guest.capital}.`,
  (c) =>
    `The two sides noted that several agreements signed in ${c.year - 1} had already been put into practice, including cooperation between customs agencies and between provincial governments.`,
  () =>
    `Energy cooperation took a prominent place in the discussion. The two sides agreed to study new transmission lines and to encourage investment in renewable power.`,
  () =>
    `Agricultural cooperation will focus on plant and animal health, irrigation and processing, so that farm goods can meet import standards more easily.`,
  (c) =>
    `${c.guestPerson.short} invited ${c.hostPerson.short} to visit ${n(c, c.guest.code)} at a convenient time, and the invitation was accepted with pleasure.`,
  (c) =>
    `Observers in ${c.host.capital} said the meeting reflected a steady rhythm of high-level exchanges that both governments have maintained despite changes in the regional economy.`,
  (c) =>
    `The two sides agreed to review the results of the meeting at the next session of their joint committee and to report to leaders before the end of ${c.year}.`,
  () =>
    `Health cooperation will include the training of doctors and nurses, support for provincial hospitals and joint work on disease prevention along the border.`,
  () =>
    `Both sides agreed to make better use of existing cooperation mechanisms and to hold regular meetings of the working groups responsible for trade, investment and transport.`,
  (c) =>
    `${c.hostPerson.short} said that the next few years would be decisive for major infrastructure projects and asked both governments to mobilise funding from multiple sources.`,
];

/** A second paragraph specific to the kind of event; one is always used. */
const KIND_PARAGRAPHS: Record<Kind, readonly ParagraphTemplate[]> = {
  visit: [
    (c) =>
      `During the visit, ${c.guestPerson.short} is scheduled to meet other senior leaders of ${n(c, c.host.code)}, lay a wreath at a national monument and travel to ${c.province} to see projects funded by ${n(c, c.guest.code)}.`,
    (c) =>
      `It is ${c.guestPerson.short}'s first trip to ${n(c, c.host.code)} since taking office, and it comes ${c.year - c.pair.relationsSince} years after the two countries established diplomatic relations in ${c.pair.relationsSince}.`,
  ],
  talks: [
    (c) =>
      `The talks were followed by a joint press briefing at which ${c.hostPerson.short} said the two sides had reached a high level of agreement on all the issues raised.`,
    (c) =>
      `Before the talks, ${c.hostPerson.short} and ${c.guestPerson.short} had a private meeting at which they discussed the political situation in each country and preparations for upcoming high-level exchanges.`,
  ],
  meeting: [
    (c) =>
      `${c.guestPerson.short} briefed the ${c.host.adj} leader on the results of his talks with ministers in ${c.host.capital} earlier in the day, and on preparations for the next session of the ${c.pair.mechanism}.`,
    (c) =>
      `${c.hostPerson.short} asked the ${c.guest.adj} minister to convey his regards to the leaders of ${n(c, c.guest.code)} and said the foreign ministries played a key role in turning agreements into results.`,
  ],
  session: [
    (c) =>
      `At the close of the session, the co-chairs signed the minutes and witnessed the signing of the cooperation plan for ${c.year} together with ${c.documents} other documents between ministries and provinces.`,
    (c) =>
      `The ${ordinalSuffix(c.ordinal + 1)} session will be held in ${c.guest.capital} next year, the two sides announced at the end of the meeting.`,
  ],
  signing: [
    (c) =>
      `Among the documents were a memorandum on ${c.areas[0] ?? 'trade'}, an agreement on ${c.areas[1] ?? 'investment'}, and a plan of cooperation between ${c.province} and a neighbouring province of ${n(c, c.guest.code)}.`,
    (c) =>
      `Officials said the documents would provide a legal basis for projects worth several hundred million dollars and would be reviewed at the next session of the ${c.pair.mechanism}.`,
  ],
  ceremony: [
    (c) =>
      `Construction of ${c.project} began in ${c.year - 2} and was funded entirely by grant aid from ${n(c, c.guest.code)}. Local officials said it would serve tens of thousands of people in ${c.place} and nearby districts.`,
    (c) =>
      `The project is one of several that ${n(c, c.guest.code)} has built in border provinces of ${n(c, c.host.code)} in recent years, and was handed over to the provincial authorities of ${c.place} at the ceremony.`,
  ],
  call: [
    (c) =>
      `The call, conducted by video link, lasted about an hour. It was the second conversation between the two ${c.hostPerson.title.toLowerCase()}s this year.`,
    (c) =>
      `${c.hostPerson.short} said the call showed the close and regular contact between the leaders of ${n(c, c.host.code)} and ${n(c, c.guest.code)} at a time of uncertainty in the world economy.`,
  ],
  message: [
    (c) =>
      `The message recalled that ${n(c, c.host.code)} and ${n(c, c.guest.code)} established diplomatic relations in ${c.pair.relationsSince} and said the friendship between the two peoples had been tested by time.`,
    (c) =>
      `Other ${c.guest.adj} leaders, including the head of the ${c.guest.adj} legislature, sent similar messages to their counterparts in ${c.host.capital}.`,
  ],
};

/** Fillers that only make sense when the delegations actually met. */
const IN_PERSON_PARAGRAPHS: readonly ParagraphTemplate[] = [
  (c) =>
    `${c.guestPerson.short} thanked the government and people of ${n(c, c.host.code)} for their warm welcome and conveyed greetings from the leaders of ${n(c, c.guest.code)}.`,
  (c) =>
    `The ${c.guest.adj} delegation included ministers of planning, industry and trade, education and public security, as well as leaders of several border provinces.`,
  (c) =>
    `Ahead of the meeting, ${c.guest.adj} officials visited an industrial park in ${c.province} and met investors interested in expanding production for export.`,
  (c) =>
    `Representatives of chambers of commerce from ${n(c, c.host.code)} and ${n(c, c.guest.code)} attended part of the programme and presented proposals for simplifying investment procedures.`,
];

const CLOSERS: readonly ParagraphTemplate[] = [
  (c) => `Both sides agreed to keep in close contact and to meet again before the end of ${c.year}.`,
  () => `After the talks, the two sides issued a joint press statement summarising the results.`,
  () => `Both sides described the meeting as a success.`,
  (c) => `${c.agency}`,
];

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const countWords = (s: string): number => s.split(/\s+/).filter(Boolean).length;

interface Body {
  title: string;
  dateLine: string | null;
  paragraphs: string[];
}

function composeBody(c: Ctx): Body {
  const rng = c.rng;
  const title = capitalise(headline(c));
  const paragraphs = [`${dateline(c)} ${lead(c)}`, rng.pick(KIND_PARAGRAPHS[c.kind])(c)];
  const closer = rng.pick(CLOSERS)(c);
  const budget = rng.int(MIN_WORDS + 30, MAX_WORDS - 60);
  let words = countWords(title) + paragraphs.reduce((sum, p) => sum + countWords(p), 0) + countWords(closer);

  const figures = rng.shuffle(FIGURE_PARAGRAPHS).slice(0, rng.int(1, 3));
  const remote = c.kind === 'call' || c.kind === 'message';
  const fillers = rng.shuffle(remote ? FILLER_PARAGRAPHS : [...FILLER_PARAGRAPHS, ...IN_PERSON_PARAGRAPHS]);
  const queue: ParagraphTemplate[] = [];
  // Interleave: figures early, fillers around them.
  queue.push(fillers.shift()!, figures.shift()!);
  while (figures.length > 0 || fillers.length > 0) {
    if (figures.length > 0 && rng.chance(0.35)) queue.push(figures.shift()!);
    else if (fillers.length > 0) queue.push(fillers.shift()!);
    else queue.push(figures.shift()!);
  }
  for (const template of queue) {
    if (words >= budget) break;
    const p = template(c);
    const w = countWords(p);
    if (words + w > MAX_WORDS - 5) continue;
    paragraphs.push(p);
    words += w;
  }
  paragraphs.push(closer);

  const dateLine = rng.weighted([
    [` date ${iso(c.published)}`, 3],
    [fmtDate({ ...c, dateStyle: rng.int(0, 4) }, c.published), 1],
    [null, 2],
  ] as const);
  return { title, dateLine, paragraphs: paragraphs.map(capitalise) };
}

// ---------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------

function renderText(b: Body): string {
  const head = b.dateLine === null ? [b.title] : [b.title, b.dateLine];
  return `${head.join('\n')}\n\n${b.paragraphs.join('\n\n')}\n`;
}

const escapeHtml = (s: string): string =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const slug = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);

function renderHtml(c: Ctx, b: Body, index: number): string {
  const site = c.rng.pick(['Mekong Daily', 'Indochina Wire', 'Asean Post Today', 'Region Herald']);
  const host = `${slug(site)}.example`;
  const url = `https://${host}/news/${c.published.getUTCFullYear()}/${slug(b.title)}-${index}`;
  const published = `${iso(c.published)}T${String(c.rng.int(6, 21)).padStart(2, '0')}:${String(c.rng.int(0, 59)).padStart(2, '0')}:00+07:00`;
  const provinces = [...c.host.provinces, ...c.guest.provinces];
  const title = escapeHtml(b.title);
  const caption = escapeHtml(
    `${c.hostPerson.title} ${c.hostPerson.name} and ${c.guestPerson.title} ${c.guestPerson.name} in ${c.host.capital}. Photo: ${c.agency}`,
  );
  const body = b.paragraphs.map((p) => `        <p>${escapeHtml(p)}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title} | ${escapeHtml(site)}</title>
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="${escapeHtml(site)}">
  <meta property="og:title" content="${title}">
  <meta property="og:url" content="${url}">
  <meta property="article:published_time" content="${published}">
  <link rel="canonical" href="${url}">
  <link rel="stylesheet" href="/assets/site.css">
</head>
<body>
  <header>
    <a class="logo" href="/">${escapeHtml(site)}</a>
    <nav class="menu">
      <ul>
        <li><a href="/">Home</a></li>
        <li><a href="/politics">Politics</a></li>
        <li><a href="/economy">Economy</a></li>
        <li><a href="/society">Society</a></li>
        <li><a href="/world">World</a></li>
        <li><a href="/opinion">Opinion</a></li>
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <h1>${title}</h1>
      <p class="byline">${escapeHtml(c.agency)} · <time datetime="${published}">${escapeHtml(fmtDate(c, c.published))}</time></p>
      <figure>
        <img src="/media/${index}.jpg" alt="">
        <figcaption>${caption}</figcaption>
      </figure>
      <div class="article-body">
${body}
      </div>
      <div class="share">
        <a href="https://www.facebook.com/sharer/sharer.php?u=${url}">Facebook</a>
        <a href="https://x.com/intent/post?url=${url}">X</a>
        <a href="mailto:?subject=${encodeURIComponent(b.title)}">Email</a>
      </div>
    </article>
    <aside class="sidebar">
      <h2>Provinces</h2>
      <ul>
${provinces.map((p) => `        <li><a href="/province/${slug(p)}">${escapeHtml(p)}</a></li>`).join('\n')}
      </ul>
      <h2>Most read</h2>
      <ol>
        <li><a href="/economy/fuel-prices">Fuel prices adjusted for the week</a></li>
        <li><a href="/society/flood-warning">Flood warning issued for lowland districts</a></li>
      </ol>
    </aside>
  </main>
  <footer>
    <p>© ${c.published.getUTCFullYear()} ${escapeHtml(site)} · <a href="/about">About</a> · <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a></p>
  </footer>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

/** Streams `count` articles; article `i` depends only on (seed, i, format). */
export function* syntheticArticles(opts: SyntheticOptions): Generator<SyntheticArticle> {
  const seed = (opts.seed ?? DEFAULT_SEED) >>> 0;
  const format = opts.format ?? 'text';
  if (!Number.isInteger(opts.count) || opts.count < 0)
    throw new RangeError(`count must be a non-negative integer`);
  for (let i = 0; i < opts.count; i++) {
    const c = makeContext(new Rng(articleSeed(seed, i)));
    const body = composeBody(c);
    const stem = `synthetic-${seed}-${String(i).padStart(6, '0')}`;
    yield format === 'html'
      ? { name: `${stem}.html`, text: renderHtml(c, body, i) }
      : { name: `${stem}.txt`, text: renderText(body) };
  }
}

/** Writes the corpus to `dir` (created if needed), one file per article. */
export async function writeCorpus(
  dir: string,
  opts: SyntheticOptions,
): Promise<{ files: number; bytes: number }> {
  await mkdir(dir, { recursive: true });
  let files = 0;
  let bytes = 0;
  for (const article of syntheticArticles(opts)) {
    await writeFile(join(dir, article.name), article.text, 'utf8');
    files++;
    bytes += Buffer.byteLength(article.text, 'utf8');
  }
  return { files, bytes };
}

function parseCli(argv: readonly string[]): { dir: string; opts: SyntheticOptions } {
  let dir: string | undefined;
  const opts: SyntheticOptions = { count: 1000 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--count') opts.count = Number(value());
    else if (arg === '--seed') opts.seed = Number(value());
    else if (arg === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'html') throw new Error(`--format must be text or html`);
      opts.format = f;
    } else if (!arg.startsWith('--') && dir === undefined) dir = arg;
    else throw new Error(`unknown argument ${arg}`);
  }
  if (dir === undefined)
    throw new Error('usage: generate.ts <dir> [--count N] [--seed S] [--format text|html]');
  return { dir, opts };
}

async function main(argv: readonly string[]): Promise<void> {
  const { dir, opts } = parseCli(argv);
  const started = performance.now();
  const { files, bytes } = await writeCorpus(dir, opts);
  const ms = Math.round(performance.now() - started);
  process.stdout.write(`wrote ${files} files (${bytes} bytes) to ${dir} in ${ms} ms\n`);
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && resolve(invokedPath) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
