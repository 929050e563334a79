import type { Command } from 'commander';
import { type IngestSummary, ingest } from '../../services/ingest/index.ts';
import { httpFetcher } from '../../sources/fetch.ts';
import { expandInputs } from '../../sources/sources.ts';
import { run } from '../context.ts';
import { EXIT } from '../exit.ts';
import { progress } from '../progress.ts';
import { parseBytes } from './parse.ts';

export function register(program: Command): void {
  program
    .command('ingest')
    .description('read articles from files, folders, URLs, feeds or stdin (-) into the store')
    .argument('<inputs...>', 'files, folders (recursive), http(s) URLs, or - for stdin')
    .option('--dry-run', 'read and check everything, write nothing')
    .option(
      '--max-bytes <size>',
      'refuse inputs larger than this (e.g. 20mb, 500kb)',
      parseBytes,
      20 * 1024 * 1024,
    )
    .action((inputs: string[], opts: { dryRun?: boolean; maxBytes: number }, command: Command) =>
      run(command, async (ctx) => {
        const store = await ctx.store();
        const bar = progress(!ctx.out.json && !ctx.flags.quiet);
        const summary = await ingest(
          expandInputs(inputs),
          { store, fetcher: httpFetcher() },
          {
            limits: { maxBytes: opts.maxBytes },
            dryRun: opts.dryRun === true,
            onItem: (o) => bar.tick(o.origin),
          },
        );
        bar.done();
        ctx.out.result({ dryRun: opts.dryRun === true, ...summary }, formatSummary);
        return summary.failed > 0 ? EXIT.partial : EXIT.ok;
      }),
    );
}

export function formatSummary(s: IngestSummary & { dryRun?: boolean }): string {
  const lines = [
    `${s.dryRun ? 'would add' : 'added'} ${s.added} (${s.nearDuplicates} near-duplicates linked to an earlier story), ` +
      `${s.duplicates} exact duplicates skipped, ${s.failed} failed`,
  ];
  for (const f of s.failures) lines.push(`  ✗ ${f.origin}: ${f.problem?.code} — ${f.problem?.message}`);
  return lines.join('\n');
}
