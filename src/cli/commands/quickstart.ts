/**
 * The main job of the README's first command: ingest the bundled samples
 * into the embedded store and show what came in. Later stages (extraction,
 * consolidation, the dashboard) extend this same command.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { ingest } from '../../services/ingest/index.ts';
import { httpFetcher } from '../../sources/fetch.ts';
import { expandInputs } from '../../sources/sources.ts';
import { run } from '../context.ts';
import { EXIT } from '../exit.ts';
import { progress } from '../progress.ts';
import { formatSummary } from './ingest.ts';
import { formatHit } from './search.ts';
import { formatStats } from './stats.ts';

export const SAMPLES_DIR = path.resolve(import.meta.dirname, '../../../samples/articles');

export function register(program: Command): void {
  program
    .command('quickstart')
    .description('ingest the bundled sample articles into the store and show a summary and a search')
    .option('--samples <dir>', 'folder of articles to start from', SAMPLES_DIR)
    .option('--query <words>', 'search to show at the end', 'thongloun')
    .action((flags: { samples: string; query: string }, command: Command) =>
      run(command, async (ctx) => {
        const store = await ctx.store();
        const bar = progress(!ctx.out.json && !ctx.flags.quiet);
        const summary = await ingest(
          expandInputs([flags.samples]),
          { store, fetcher: httpFetcher() },
          {
            onItem: (o) => bar.tick(o.origin),
          },
        );
        bar.done();
        const stats = await store.documents.stats();
        const hits = await store.documents.search(flags.query, { limit: 3 });
        ctx.out.result(
          {
            ingest: summary,
            stats: { dialect: store.dialect, ...stats },
            search: { query: flags.query, hits },
          },
          (r) =>
            [
              `Ingested ${flags.samples}`,
              formatSummary(r.ingest),
              '',
              formatStats(r.stats),
              '',
              `search "${r.search.query}":`,
              ...r.search.hits.map(formatHit),
            ].join('\n'),
        );
        return summary.failed > 0 ? EXIT.partial : EXIT.ok;
      }),
    );
}
