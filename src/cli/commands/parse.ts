/** Argument parsers for commander: they throw InvalidArgumentError, which commander reports as usage errors. */
import { InvalidArgumentError } from 'commander';

const UNITS: Readonly<Record<string, number>> = { '': 1, b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** `500kb`, `20mb`, `1gb` or a plain number of bytes. */
export function parseBytes(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?b)?$/i.exec(value.trim());
  const factor = UNITS[(m?.[2] ?? '').toLowerCase()];
  if (!m || factor === undefined)
    throw new InvalidArgumentError('expected a size like 20mb, 500kb or 1048576');
  return Math.round(Number(m[1]) * factor);
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

export function parseIsoDate(value: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value))
    throw new InvalidArgumentError('expected YYYY, YYYY-MM or YYYY-MM-DD');
  return value;
}
