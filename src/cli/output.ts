/** Printing for humans or for scripts (`--json`), one place for both. */
import type { Writable } from 'node:stream';

export interface Output {
  readonly json: boolean;
  /** Writes a value as JSON (scripts) or via `human` (people). */
  result<T>(value: T, human: (value: T) => string): void;
  /** Informational lines: stderr, so stdout stays clean for data. */
  info(line: string): void;
}

export function makeOutput(
  json: boolean,
  stdout: Writable = process.stdout,
  stderr: Writable = process.stderr,
): Output {
  return {
    json,
    result(value, human) {
      stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${human(value)}\n`);
    },
    info(line) {
      if (!json) stderr.write(`${line}\n`);
    },
  };
}

/** Fixed-width table without a dependency; cells are truncated to `max`. */
export function table(rows: readonly (readonly string[])[], max = 60): string {
  const cut = (s: string) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
  const cells = rows.map((r) => r.map(cut));
  const widths = cells[0]?.map((_, i) => Math.max(...cells.map((r) => r[i]?.length ?? 0))) ?? [];
  return cells
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
