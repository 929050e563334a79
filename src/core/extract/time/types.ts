/** Shapes of the time-expression stage; see index.ts for the public contract. */
import type { KnownLanguage } from '../../model/document.ts';

export type Part = 'early' | 'mid' | 'late';
export type Precision = 'day' | 'month' | 'year';

/** One time expression found in a text, resolved to calendar dates. */
export interface TimeMention {
  /** UTF-16 offsets into the text given; `text === input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  kind: 'date' | 'range' | 'period' | 'deadline';
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` at `precision`; equal for a single date. */
  from: string;
  to: string;
  precision: Precision;
  /** The span does not pin the date by itself: the year (or more) came from the reference or the sentence. */
  relative: boolean;
  part?: Part;
}

export interface TimeContext {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (usually the publication date), or null. */
  reference: string | null;
  language: KnownLanguage;
}

/** A calendar point as far as the text gives it. */
export interface Point {
  year?: number;
  month?: number;
  day?: number;
}

/** What must be read off the reference to place an atom. */
export interface Relative {
  /** "next year" = 1 */
  years?: number;
  /** "last month" = -1 */
  months?: number;
  /** "yesterday" = -1 */
  days?: number;
  /** 0 = Sunday */
  weekday?: number;
  /** "last September" = -1, "this February" = 0, "next Tuesday" = 1 */
  modifier?: number;
}

export const ATOM_KINDS = ['date', 'range', 'period'] as const;

/** How the pieces a pattern captured become an atom (builders in 03-patterns.ts). */
export const BUILDS = [
  'date',
  'range',
  'period',
  'firstMonths',
  'lastMonths',
  'half',
  'quarter',
  'year',
  'relyear',
  'relmonth',
  'relday',
  'weekday',
] as const;
export type BuildName = (typeof BUILDS)[number];

/** A time expression before resolution: what the words say, nothing inferred. */
export interface Atom {
  start: number;
  end: number;
  kind: (typeof ATOM_KINDS)[number];
  from: Point;
  to: Point;
  precision: Precision;
  rel: Relative;
  part?: Part;
  deadline?: boolean;
}
