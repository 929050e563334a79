/**
 * Expected failures are values, bugs throw. Every stage that can refuse an
 * input (a binary file, an empty article) returns a `Result` and collects
 * every problem instead of stopping at the first.
 */
export type Result<T, E = Problem> = { ok: true; value: T } | { ok: false; error: E };

/** A stable code that scripts and the API can switch on, with a message a person can act on. */
export interface Problem {
  readonly code: ProblemCode;
  readonly message: string;
}

export const PROBLEM_CODES = [
  'BINARY_FILE',
  'UNKNOWN_ENCODING',
  'EMPTY_AFTER_CLEANING',
  'TOO_LARGE',
  'UNSUPPORTED_FORMAT',
  'INVALID_RECORD',
  'FETCH_FAILED',
  'NOT_FOUND',
  'READ_FAILED',
  'STORE_FAILED',
  'EXTRACT_FAILED',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (code: ProblemCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
