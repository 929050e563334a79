/**
 * The `cohesion` command line: parses, calls a service, prints. Commands
 * live one per file under commands/ and register themselves here.
 */
import { Command, CommanderError } from 'commander';
import * as docs from './commands/docs.ts';
import * as evaluate from './commands/eval.ts';
import * as extract from './commands/extract.ts';
import * as ingest from './commands/ingest.ts';
import * as quickstart from './commands/quickstart.ts';
import * as search from './commands/search.ts';
import * as stats from './commands/stats.ts';
import { EXIT, exitCodeFor } from './exit.ts';

const COMMANDS = [quickstart, ingest, docs, search, stats, extract, evaluate];

export function buildProgram(): Command {
  const program = new Command('cohesion')
    .description('Cohesion: a live record of what two countries agreed and whether it is delivered')
    .version('0.1.0')
    .option(
      '--db <path>',
      'SQLite database file (default data/cohesion.db; or set COHESION_DB, or COHESION_DATABASE_URL for PostgreSQL)',
    )
    .option('--json', 'machine-readable output on stdout')
    .option('-q, --quiet', 'no progress output')
    .showHelpAfterError()
    .exitOverride();
  for (const command of COMMANDS) command.register(program);
  return program;
}

export async function main(argv: readonly string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; everything else commander rejects is a usage error.
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    const code = exitCodeFor(error);
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      code === EXIT.internal
        ? `internal error: ${error instanceof Error ? error.stack : message}\n`
        : `error: ${message}\n`,
    );
    process.exitCode = code;
  }
}
