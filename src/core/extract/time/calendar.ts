/**
 * Calendar arithmetic on plain numbers. `Date.UTC` is used only as a
 * calculator (explicit arguments, never the clock), so results are the same
 * on every machine and in every time zone.
 */
import type { Point, Precision } from './types.ts';

/** A full date; months 1-12. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** A reference date as far as it is known (`2026-02-02`, `2025-12`, `2025`). */
export interface Reference {
  year: number;
  month?: number;
  day?: number;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday. */
export function weekdayOf(d: Ymd): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

export function addDays(d: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/**
 * A sortable day number where every month has 31 days: good enough to ask
 * "is this more than six months after that" without a calendar.
 */
export function ordinal(year: number, month: number, day: number): number {
  return year * 372 + (month - 1) * 31 + (day - 1);
}
export const MONTH = 31;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; undefined when the point lacks what the precision needs. */
export function formatPoint(p: Point, precision: Precision): string | undefined {
  if (p.year === undefined) return undefined;
  const y = pad(p.year, 4);
  if (precision === 'year') return y;
  if (p.month === undefined) return undefined;
  if (precision === 'month') return `${y}-${pad(p.month)}`;
  if (p.day === undefined) return undefined;
  return `${y}-${pad(p.month)}-${pad(p.day)}`;
}

/** A valid calendar point: month 1-12 and day within its month (when the year is known). */
export function isValidPoint(p: Point): boolean {
  if (p.month !== undefined && (p.month < 1 || p.month > 12)) return false;
  if (p.day === undefined) return true;
  if (p.month === undefined || p.day < 1) return false;
  // Without a year, 29 February is possible.
  return p.day <= daysInMonth(p.year ?? 2000, p.month);
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; undefined when malformed or not a real date. */
export function parseReference(s: string): Reference | undefined {
  const m = ISO.exec(s);
  if (!m) return undefined;
  const ref: Reference = { year: Number(m[1]) };
  if (m[2] !== undefined) ref.month = Number(m[2]);
  if (m[3] !== undefined) ref.day = Number(m[3]);
  return isValidPoint(ref) ? ref : undefined;
}
