/**
 * Step 1: numbers with their currency, scale, unit and qualifier, in every
 * form the press writes them: `US$5 billion`, `USD 5 billion`, `817 million USD`,
 * `VND41 billion`, `3,5 tỷ USD` (Vietnamese decimal comma), `10-15 per cent`,
 * `between US$2.6 million and $3 million`, `nearly 100`, `over14,000`.
 *
 * Years, ordinals, dates and identifiers (`No. 460`, `511/1`, `IPU-132`) are
 * not amounts. A bare number is kept as a `count`; a later step decides
 * whether a noun makes it a figure.
 */
import type { Span } from '../../model/document.ts';
import type { Amount, AmountKind, Qualifier } from './context.ts';
import { type FigureLexicon, figureLexicon } from './data.ts';

const NUMBER = /\d+(?:[.,]\d+)*/g;
/** Lao digits map one-to-one onto ASCII, keeping offsets. */
const LAO_DIGITS = /[໐-໙]/g;

interface Scan {
  start: number;
  end: number;
  number: { start: number; end: number };
  value: number;
  valueMax?: number;
  scaled: boolean;
  unit: string;
  kind: AmountKind;
  qualifier: Qualifier;
  qualifierSpan?: { start: number; end: number };
  yearLike: boolean;
}

/**
 * Reads a written number by the language's convention. A separator followed
 * by exactly three digits is a thousands group in English (`14,000`) and a
 * `.` group in Vietnamese (`1.160`); otherwise it is the decimal mark
 * (`3,37` in Vietnamese, `9.87` in English).
 */
export function readNumber(raw: string, decimal: '.' | ','): number {
  const group = decimal === '.' ? ',' : '.';
  const parts = raw.split(/([.,])/);
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const sep = parts[i]!;
    const digits = parts[i + 1] ?? '';
    const isLast = i + 2 >= parts.length;
    if (sep === group && digits.length === 3) out += digits;
    else if (sep === decimal && isLast) out += `.${digits}`;
    else if (sep === group && isLast && !out.includes('.'))
      out += `.${digits}`; // "3,5" in English text
    else out += digits;
  }
  return Number(out);
}

function isIdentifier(text: string, start: number, end: number, lex: FigureLexicon): boolean {
  const before = text[start - 1] ?? '';
  const before2 = text[start - 2] ?? '';
  const after = text[end] ?? '';
  const after2 = text[end + 1] ?? '';
  if (before === '/' || (after === '/' && /\d/.test(after2))) return true; // 9/1, 13/12/2010, 511/1
  if ((before === ':' && /\d/.test(before2)) || (after === ':' && /\d/.test(after2))) return true; // 06:30
  if (before === '-' && /\p{L}/u.test(before2)) return true; // IPU-132, COVID-19
  if (lex.ordinalSuffixes.startingAt(text, end)?.start === end) return true; // 40th
  const lead = lex.identifierLeads.endingAt(text, start, 16);
  return lead !== undefined && /^\s*$/.test(text.slice(lead.end, start));
}

function qualify(text: string, start: number, lex: FigureLexicon): Pick<Scan, 'qualifier' | 'qualifierSpan'> {
  const q = lex.qualifiers.endingAt(text, start, 24);
  if (!q) return { qualifier: 'exact' };
  return { qualifier: lex.qualifierKinds[q.index] ?? 'exact', qualifierSpan: { start: q.start, end: q.end } };
}

function scanOne(text: string, numStart: number, numEnd: number, lex: FigureLexicon): Scan {
  const decimal = lex.file.numbers.decimal;
  const raw = text.slice(numStart, numEnd);
  let value = readNumber(raw, decimal);
  let valueMax: number | undefined;
  let cursor = numEnd;
  let start = numStart;
  // "in 2017" is a year; "1200 scholarships" is not.
  const yearLike =
    /^\d{4}$/.test(raw) && value >= 1900 && value <= 2100 && !lex.nouns.startingAt(text, numEnd);

  // "10-15", "10 to 15"
  const link = lex.rangeLinks.startingAt(text, cursor);
  if (link && !yearLike) {
    const afterLink = link.end;
    const prefix = lex.currencyPrefix.startingAt(text, afterLink);
    const m = /^\s*(\d+(?:[.,]\d+)*)/.exec(text.slice(prefix ? prefix.end : afterLink));
    if (m) {
      const second = readNumber(m[1]!, decimal);
      if (second > value) {
        valueMax = second;
        cursor = (prefix ? prefix.end : afterLink) + m[0].length;
      }
    }
  }

  let scale = 1;
  const mult = lex.multipliers.startingAt(text, cursor);
  if (mult) {
    scale = lex.multiplierValues[mult.index] ?? 1;
    cursor = mult.end;
  }
  let unit = 'count';
  let kind: AmountKind = 'count';
  const pre = lex.currencyPrefix.endingAt(text, numStart, 12);
  if (pre && /^\s*$/.test(text.slice(pre.end, numStart))) {
    unit = lex.currencyPrefixCodes[pre.index] ?? 'USD';
    kind = 'money';
    start = pre.start;
  }
  const glue = /^[\s-]*/.exec(text.slice(cursor))?.[0].length ?? 0;
  const at = cursor + glue;
  const suf = kind === 'count' ? lex.currencySuffix.startingAt(text, at) : undefined;
  const pct = kind === 'count' && !suf ? lex.percent.startingAt(text, cursor) : undefined;
  const meas = kind === 'count' && !suf && !pct ? lex.measures.startingAt(text, at) : undefined;
  if (suf && suf.start === at) {
    unit = lex.currencySuffixCodes[suf.index] ?? 'USD';
    kind = 'money';
    cursor = suf.end;
  } else if (pct) {
    unit = 'percent';
    kind = 'percent';
    cursor = pct.end;
  } else if (meas && meas.start === at) {
    unit = lex.measureUnits[meas.index] ?? 'count';
    kind = 'measure';
    cursor = meas.end;
  }
  value *= scale;
  if (valueMax !== undefined) valueMax *= scale;
  const scan: Scan = {
    start,
    end: cursor,
    number: { start: numStart, end: numEnd },
    value: round(value),
    scaled: scale !== 1,
    unit,
    kind,
    ...qualify(text, start, lex),
    yearLike: yearLike && kind === 'count' && scale === 1,
  };
  if (valueMax !== undefined) scan.valueMax = round(valueMax);
  return scan;
}

/** Floating-point noise from scaling (244.6 × 1e6) is not a digit anyone wrote. */
const round = (v: number) => Number(v.toPrecision(12));

/** "between US$2.6 million and $3 million" is one range. */
function mergeBetween(text: string, scans: Scan[], lex: FigureLexicon): Scan[] {
  const out: Scan[] = [];
  for (let i = 0; i < scans.length; i++) {
    const a = scans[i]!;
    const b = scans[i + 1];
    const head = a.qualifierSpan?.start ?? a.start;
    const lead = lex.betweenLeads.endingAt(text, head, 20);
    const link = b ? lex.betweenLinks.startingAt(text, a.end) : undefined;
    if (b && lead && link && /^\s*$/.test(text.slice(link.end, b.start)) && a.valueMax === undefined) {
      const sameUnit = a.unit === b.unit || a.kind === 'count';
      if (sameUnit && b.value > a.value) {
        const scale =
          !a.scaled && b.scaled
            ? b.value / readNumber(text.slice(b.number.start, b.number.end), lex.file.numbers.decimal)
            : 1;
        out.push({
          ...a,
          value: round(a.value * scale),
          valueMax: b.value,
          end: b.end,
          unit: b.unit,
          kind: b.kind,
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/**
 * Every amount in `text`, left to right, with local offsets.
 * @example parseAmounts('trade hit US$5 billion, up 9.87 percent', 'en')
 *   // → [{ value: 5e9, unit: 'USD', kind: 'money' … }, { value: 9.87, unit: 'percent' … }]
 */
export function parseAmounts(text: string, language: 'en' | 'vi' | 'lo'): Amount[] {
  return parseWith(text, figureLexicon(language));
}

/**
 * @param skip spans whose numbers are not amounts (the sentence's time expressions): the caller drops
 *   such amounts anyway, and reading each date's digits as a possible amount was most of this step.
 */
export function parseWith(text: string, lex: FigureLexicon, skip: readonly Span[] = []): Amount[] {
  const norm = text.replace(LAO_DIGITS, (d) => String(d.charCodeAt(0) - 0x0ed0));
  const scans: Scan[] = [];
  const re = new RegExp(NUMBER.source, 'g');
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const numStart = m.index;
    const numEnd = numStart + m[0].length;
    if (/\d/.test(norm[numStart - 1] ?? '')) continue;
    if (skip.some((t) => t.start < numEnd && numStart < t.end)) continue;
    if (isIdentifier(norm, numStart, numEnd, lex)) continue;
    const scan = scanOne(norm, numStart, numEnd, lex);
    re.lastIndex = Math.max(re.lastIndex, scan.number.end, scan.valueMax !== undefined ? scan.end : 0);
    if (scan.yearLike) continue;
    scans.push(scan);
  }
  return mergeBetween(norm, scans, lex).map(toAmount);
}

function toAmount(s: Scan): Amount {
  const a: Amount = {
    start: s.start,
    end: s.end,
    value: s.value,
    unit: s.unit,
    kind: s.kind,
    qualifier: s.qualifier,
    number: s.number,
    ...(s.valueMax !== undefined ? { valueMax: s.valueMax } : {}),
    ...(s.qualifierSpan ? { qualifierSpan: s.qualifierSpan } : {}),
  };
  return a;
}
