/** What every command needs: parsed global flags, an output, and a store opened on demand. */
import type { Command } from 'commander';
import { readEnv } from '../config.ts';
import { openStore, storeConfigFromEnv } from '../store/open.ts';
import type { Store } from '../store/store.ts';
import { CliError } from './exit.ts';
import { makeOutput, type Output } from './output.ts';

export interface GlobalFlags {
  readonly db?: string;
  readonly json?: boolean;
  readonly quiet?: boolean;
}

export interface Context {
  readonly flags: GlobalFlags;
  readonly out: Output;
  /** Opens the store (and runs pending migrations) once; closed by `run`. */
  store(): Promise<Store>;
}

/** Runs a command body with a context and always closes the store it opened. */
export async function run(
  command: Command,
  body: (ctx: Context) => Promise<number | undefined>,
): Promise<void> {
  const flags = command.optsWithGlobals<GlobalFlags>();
  const out = makeOutput(flags.json === true);
  let opened: Store | undefined;
  const ctx: Context = {
    flags,
    out,
    async store() {
      if (opened) return opened;
      const config = storeConfigFromEnv(readEnv(), flags.db === undefined ? {} : { db: flags.db });
      try {
        opened = await openStore(config);
      } catch (error) {
        const where = config.kind === 'sqlite' ? config.path : 'COHESION_DATABASE_URL';
        throw new CliError(
          'STORE_UNAVAILABLE',
          `cannot open the ${config.kind} store (${where}): ${String(error)}`,
        );
      }
      return opened;
    },
  };
  try {
    const code = await body(ctx);
    if (code) process.exitCode = code;
  } finally {
    await opened?.close();
  }
}
