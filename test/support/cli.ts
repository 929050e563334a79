/** Runs the real `cohesion` executable in a child process, as a user would. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './shared.ts';

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function cohesion(args: readonly string[], env: Record<string, string> = {}, input?: string): CliRun {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/cohesion.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, COHESION_DATABASE_URL: '', ...env },
    encoding: 'utf8',
    ...(input === undefined ? {} : { input }),
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
