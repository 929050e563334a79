/**
 * Exit codes scripts can trust. One table maps every stable error code to
 * an exit status; the HTTP API keeps its own table for statuses.
 */
export const EXIT = {
  ok: 0,
  /** The command ran, but some inputs failed (see the summary). */
  partial: 1,
  /** Bad flags or arguments. */
  usage: 2,
  /** The thing asked for does not exist. */
  notFound: 3,
  /** Configuration or storage could not be used. */
  unavailable: 4,
  /** A bug: please report it. */
  internal: 70,
} as const;

const BY_CODE: Readonly<Record<string, number>> = {
  NOT_FOUND: EXIT.notFound,
  INVALID_CONFIG: EXIT.usage,
  USAGE: EXIT.usage,
  STORE_UNAVAILABLE: EXIT.unavailable,
};

export class CliError extends Error {
  constructor(
    readonly code: keyof typeof BY_CODE | string,
    message: string,
  ) {
    super(message);
  }
}

export function exitCodeFor(error: unknown): number {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? (BY_CODE[code] ?? EXIT.internal) : EXIT.internal;
}
