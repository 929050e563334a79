/**
 * Test support only: builds SentenceContexts the way the pipeline will, with
 * a tiny country table and a tiny time reader standing in for the entity and
 * time modules. Not imported by production code.
 */
import type { CountryInSentence, SentenceContext, TimeMention } from './context.ts';

const COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  VN: ['Vietnam', 'Viet Nam', 'Việt Nam', 'Vietnamese', 'Viet', 'Việt', 'ຫວຽດນາມ'],
  LA: ['Laos', 'Lao PDR', 'Lao', 'Laotian', 'Lào', 'ລາວ'],
  KH: ['Cambodia', 'Cambodian', 'Campuchia'],
  TH: ['Thailand', 'Thai', 'Thái Lan'],
  CN: ['China', 'Chinese', 'Trung Quốc'],
};

const NAMES = Object.entries(COUNTRIES)
  .flatMap(([code, names]) => names.map((n) => ({ code, n })))
  .sort((a, b) => b.n.length - a.n.length);
const COUNTRY_RE = new RegExp(
  `(?<![\\p{L}])(${NAMES.map((x) => x.n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`,
  'gu',
);

export function findCountries(text: string): CountryInSentence[] {
  const out: CountryInSentence[] = [];
  for (const m of text.matchAll(COUNTRY_RE)) {
    const code = NAMES.find((x) => x.n === m[1])?.code;
    if (code) out.push({ code, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WORD_NUM: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
};
const MONTH = `(${MONTHS.join('|')})`;
const mm = (n: number) => String(n).padStart(2, '0');
const monthOf = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;
const num = (w: string) => WORD_NUM[w.toLowerCase()] ?? Number(w);
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

type Rule = [RegExp, (m: RegExpExecArray, ref: number | null) => Omit<TimeMention, 'start' | 'end'> | null];
const year = (y: number, kind: TimeMention['kind'] = 'date') => ({
  kind,
  from: `${y}`,
  to: `${y}`,
  precision: 'year' as const,
});
const months = (y: number, a: number, b: number, kind: TimeMention['kind'] = 'period') => ({
  kind,
  from: `${y}-${mm(a)}`,
  to: `${y}-${mm(b)}`,
  precision: 'month' as const,
});
const RELATIVE: Record<string, number> = {
  last: -1,
  previous: -1,
  this: 0,
  next: 1,
  ngoái: -1,
  trước: -1,
  nay: 0,
  tới: 1,
  sau: 1,
};

const RULES: Rule[] = [
  [
    /\bfirst (\w+) months(?: of (\d{4}))?/giu,
    (m, r) => ((m[2] ? +m[2] : r) ? months(m[2] ? +m[2] : r!, 1, num(m[1]!)) : null),
  ],
  [
    /\bfirst half(?: of (\d{4}))?/giu,
    (m, r) => ((m[1] ? +m[1] : r) ? months(m[1] ? +m[1] : r!, 1, 6) : null),
  ],
  [
    new RegExp(`\\bfrom ${MONTH} to ${MONTH}(?: (\\d{4}))?`, 'giu'),
    (m, r) =>
      (m[3] ? +m[3] : r) ? months(m[3] ? +m[3] : r!, monthOf(m[1]!), monthOf(m[2]!), 'range') : null,
  ],
  [
    /\b(?:between|from) (\d{4}) (?:and|to) (\d{4})/giu,
    (m) => ({ kind: 'range', from: m[1]!, to: m[2]!, precision: 'year' }),
  ],
  [/\b(\d{4})\s*[-–]\s*(\d{4})\b/gu, (m) => ({ kind: 'range', from: m[1]!, to: m[2]!, precision: 'year' })],
  [
    new RegExp(`\\b(?:by|as of) (?:the end of )?${MONTH}(?: (\\d{4})| this year)?`, 'giu'),
    (m, r) =>
      (m[2] ? +m[2] : r) ? months(m[2] ? +m[2] : r!, monthOf(m[1]!), monthOf(m[1]!), 'deadline') : null,
  ],
  [/\bby (?:the end of )?(\d{4})\b/giu, (m) => year(+m[1]!, 'deadline')],
  [
    /\b(?:the )?(last|previous|this|next) year\b/giu,
    (m, r) => (r ? year(r + RELATIVE[m[1]!.toLowerCase()]!) : null),
  ],
  [/quý (I|II|III|IV)\/(\d{4})/gu, (m) => months(+m[2]!, ROMAN[m[1]!]! * 3 - 2, ROMAN[m[1]!]! * 3)],
  [/(hết )?tháng (\d{1,2})\/(\d{4})/giu, (m) => months(+m[3]!, +m[2]!, +m[2]!, m[1] ? 'deadline' : 'date')],
  [/năm (nay|ngoái|tới|trước|sau)/giu, (m, r) => (r ? year(r + RELATIVE[m[1]!.toLowerCase()]!) : null)],
  [
    new RegExp(`\\b${MONTH}(?: \\d{1,2},?)? (\\d{4})`, 'giu'),
    (m) => months(+m[2]!, monthOf(m[1]!), monthOf(m[1]!), 'date'),
  ],
  [/(?<![\d/.,])(1[89]\d\d|20\d\d)(?![\d/]|,\d)/gu, (m) => year(+m[1]!)],
];

/** A few time expressions, enough for tests; the real module is core/extract/time. */
export function stubTimes(text: string, reference: string | null): TimeMention[] {
  const ref = reference ? Number(reference.slice(0, 4)) : null;
  const out: TimeMention[] = [];
  for (const [re, make] of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (out.some((t) => t.start < span.end && span.start < t.end)) continue;
      const t = make(m, ref);
      if (t) out.push({ ...span, ...t });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A sentence context with countries and times read by the stubs above; override anything. */
export function sentence(text: string, over: Partial<SentenceContext> = {}): SentenceContext {
  const reference = over.reference ?? null;
  return {
    text,
    offset: 0,
    language: 'en',
    reference,
    times: stubTimes(text, reference),
    countries: findCountries(text),
    pair: ['VN', 'LA'],
    ...over,
  };
}
