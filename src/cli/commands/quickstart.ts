/**
 * The main job of the README's first command: ingest the bundled samples
 * into the embedded store, extract what they say, and show what came in.
 * Later stages (consolidation, the dashboard) extend this same command.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { ruleExtractor } from '../../core/extract/index.ts';
import { loadKnowledgeBase } from '../../kb/index.ts';
import { extractStored } from '../../services/extract.ts';
import { type ExtractionTotals, summarizeExtractions } from '../../services/extraction-summary.ts';
import { ingest } from '../../services/ingest/index.ts';
import { httpFetcher } from '../../sources/fetch.ts';
import { expandInputs } from '../../sources/sources.ts';
import { run } from '../context.ts';
import { EXIT } from '../exit.ts';
import { progress } from '../progress.ts';
import { formatExtractSummary } from './extract.ts';
import { formatSummary } from './ingest.ts';
import { formatHit } from './search.ts';
import { formatStats } from './stats.ts';

export const SAMPLES_DIR = path.resolve(import.meta.dirname, '../../../samples/articles');

export function register(program: Command): void {
  program
    .command('quickstart')
    .description(
      'ingest the bundled sample articles into the store, extract them, and show a summary and a search',
    )
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
        const extractor = ruleExtractor(loadKnowledgeBase());
        const extracted = await extractStored(store, extractor, { onItem: (o) => bar.tick(o.documentId) });
        bar.done();
        const found = await summarizeExtractions(store, extractor.name);
        const stats = await store.documents.stats();
        const hits = await store.documents.search(flags.query, { limit: 3 });
        ctx.out.result(
          {
            ingest: summary,
            extract: extracted,
            extractions: found,
            stats: { dialect: store.dialect, ...stats },
            search: { query: flags.query, hits },
          },
          (r) =>
            [
              `Ingested ${flags.samples}`,
              formatSummary(r.ingest),
              formatExtractSummary(r.extract),
              '',
              formatTotals(r.extractions),
              '',
              formatStats(r.stats),
              '',
              `search "${r.search.query}":`,
              ...r.search.hits.map(formatHit),
            ].join('\n'),
        );
        return summary.failed > 0 || extracted.failed > 0 ? EXIT.partial : EXIT.ok;
      }),
    );
}

function formatTotals(t: ExtractionTotals): string {
  const lines = [
    `${t.documents} documents read: ${t.events} events, ${t.figures} figures, ${t.commitments} commitments`,
    `${t.officeConflicts} office conflict${t.officeConflicts === 1 ? '' : 's'} (a title the knowledge base disagrees with)`,
  ];
  for (const c of t.conflicts) {
    lines.push(`  ⚠ ${c.documentId} ${c.title ?? '(untitled)'}`, `    ${c.message}`, `    “${c.sentence}”`);
  }
  if (t.conflicts.length < t.officeConflicts)
    lines.push(`  … ${t.officeConflicts - t.conflicts.length} more`);
  return lines.join('\n');
}
