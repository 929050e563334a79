/**
 * Atoms from the language's data patterns. A pattern captures named slots
 * (day, month, year, count, relyear …); its `build` turns them into an atom.
 * Nothing is inferred here: a year-less "tháng 9" stays year-less.
 */
import { isValidPoint } from './calendar.ts';
import { type LangTime, type Slot, wordKey } from './data.ts';
import type { Atom, BuildName, Part } from './types.ts';

type Body = Omit<Atom, 'start' | 'end'>;

/** The slots one match captured, read as numbers through the language's word lists. */
class Captures {
  constructor(
    private readonly groups: Record<string, string | undefined>,
    private readonly lang: LangTime,
  ) {}

  has(slot: Slot): boolean {
    return this.groups[slot] !== undefined;
  }

  num(slot: Slot): number | undefined {
    const raw = this.groups[slot];
    if (raw === undefined) return undefined;
    if (/^\d+$/.test(raw)) return Number(raw);
    const list = slot.replace(/2$/, '');
    if (this.lang.capitalizedNames && (list === 'month' || list === 'weekday') && !/^\p{Lu}/u.test(raw)) {
      return undefined;
    }
    return this.lang.values.get(list)?.get(wordKey(raw));
  }

  part(): Part | undefined {
    const raw = this.groups.part;
    return raw === undefined ? undefined : this.lang.parts.get(wordKey(raw));
  }
}

const single = (b: Omit<Body, 'to'>): Body => ({ ...b, to: { ...b.from } });
const yearOrRel = (c: Captures): { year?: number; rel: { years?: number } } => {
  const year = c.num('year');
  if (year !== undefined) return { year, rel: {} };
  // "the first five months of the year", "5 tháng đầu năm": the reference year
  return { rel: { years: c.num('relyear') ?? 0 } };
};
const months = (c: Captures, first: number, last: number): Body | undefined => {
  const { year, rel } = yearOrRel(c);
  const y = year === undefined ? {} : { year };
  return { kind: 'period', from: { ...y, month: first }, to: { ...y, month: last }, precision: 'month', rel };
};

type Builder = (c: Captures) => Body | undefined;

/** Named builders; `build:` in time.yaml picks one. */
const BUILDERS: Record<BuildName, Builder> = {
  date(c) {
    const month = c.num('month');
    if (month === undefined) return undefined;
    const day = c.num('day');
    const year = c.num('year');
    const from = { ...(year !== undefined && { year }), month, ...(day !== undefined && { day }) };
    return single({ kind: 'date', from, precision: day === undefined ? 'month' : 'day', rel: {} });
  },
  range(c) {
    const month = c.num('month');
    const day = c.num('day');
    const day2 = c.num('day2');
    if (month === undefined || day === undefined || day2 === undefined) return undefined;
    const month2 = c.num('month2') ?? month;
    const year = c.num('year');
    // "26-27/1/2026": one year for both ends; "30/12/2025 - 2/1/2026": one each
    const year2 = c.num('year2') ?? (c.has('month2') ? undefined : year);
    if (month2 === month && day2 <= day) return undefined;
    return {
      kind: 'range',
      from: { ...(year !== undefined && { year }), month, day },
      to: { ...(year2 !== undefined && { year: year2 }), month: month2, day: day2 },
      precision: 'day',
      rel: {},
    };
  },
  period(c) {
    const month = c.num('month');
    const month2 = c.num('month2');
    const year = c.num('year');
    const year2 = c.num('year2');
    if (month !== undefined && month2 !== undefined) {
      if (year !== undefined && year2 !== undefined && year * 12 + month >= year2 * 12 + month2)
        return undefined;
      return {
        kind: 'period',
        from: { ...(year !== undefined && { year }), month },
        to: { ...(year2 !== undefined && { year: year2 }), month: month2 },
        precision: 'month',
        rel: {},
      };
    }
    // 2021-2025: a span of years, not a subtraction or a score
    if (month !== undefined || month2 !== undefined) return undefined;
    if (year === undefined || year2 === undefined || year2 <= year || year2 - year > 50) return undefined;
    return { kind: 'period', from: { year }, to: { year: year2 }, precision: 'year', rel: {} };
  },
  firstMonths(c) {
    const n = c.num('count');
    return n === undefined || n < 1 || n > 12 ? undefined : months(c, 1, n);
  },
  lastMonths(c) {
    const n = c.num('count');
    return n === undefined || n < 1 || n > 12 ? undefined : months(c, 13 - n, 12);
  },
  half(c) {
    const h = c.num('half');
    return h === undefined ? undefined : months(c, h === 1 ? 1 : 7, h === 1 ? 6 : 12);
  },
  quarter(c) {
    const q = c.num('quarter');
    return q === undefined || q < 1 || q > 4 ? undefined : months(c, q * 3 - 2, q * 3);
  },
  year(c) {
    const year = c.num('year');
    return year === undefined
      ? undefined
      : single({ kind: 'date', from: { year }, precision: 'year', rel: {} });
  },
  relyear(c) {
    // "cuối năm" (a part, no year named) is this year's end
    const years = c.num('relyear') ?? (c.part() ? 0 : undefined);
    return years === undefined
      ? undefined
      : single({ kind: 'date', from: {}, precision: 'year', rel: { years } });
  },
  relmonth(c) {
    const n = c.num('relmonth');
    return n === undefined
      ? undefined
      : single({ kind: 'date', from: {}, precision: 'month', rel: { months: n } });
  },
  relday(c) {
    const days = c.num('relday');
    return days === undefined
      ? undefined
      : single({ kind: 'date', from: {}, precision: 'day', rel: { days } });
  },
  weekday(c) {
    const weekday = c.num('weekday');
    return weekday === undefined
      ? undefined
      : single({ kind: 'date', from: {}, precision: 'day', rel: { weekday } });
  },
};

/** Every pattern's matches in `text` (one sentence), offsets shifted by `base`; overlaps are left to the caller. */
export function patternAtoms(text: string, base: number, lang: LangTime): Atom[] {
  const atoms: Atom[] = [];
  const digit = /\d/.test(text);
  const month = lang.monthName !== undefined && hasMatch(lang.monthName, text);
  // `ſ` matches "s" in a case-insensitive pattern but does not lower-case to it: then no word test.
  const lower = text.includes('ſ') ? null : text.toLowerCase();
  for (const { build, regex, needs } of lang.patterns) {
    if ((needs.digit && !digit) || (needs.month && !month)) continue;
    if (lower !== null && !needs.words.every((w) => lower.includes(w))) continue;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const captures = new Captures(m.groups ?? {}, lang);
      const body = BUILDERS[build](captures);
      if (!body || !isValidPoint(body.from) || !isValidPoint(body.to)) continue;
      const part = captures.part();
      // `lead` is context the pattern needs but the span leaves out ("in" before "May")
      atoms.push({
        ...body,
        ...(part && { part }),
        start: base + m.index + (m.groups?.lead?.length ?? 0),
        end: base + m.index + m[0].length,
      });
    }
  }
  return atoms;
}

function hasMatch(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}
