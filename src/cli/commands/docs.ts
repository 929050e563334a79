import type { Command } from 'commander';
import type { DocumentSummary, Language } from '../../core/model/document.ts';
import type { DocumentQuery, StoredExtraction } from '../../store/store.ts';
import { run } from '../context.ts';
import { table } from '../output.ts';
import { parseIsoDate, parsePositiveInt } from './parse.ts';

interface ListFlags {
  limit?: number;
  cursor?: string;
  language?: Language;
  source?: string;
  from?: string;
  to?: string;
  cluster?: string;
}

export function register(program: Command): void {
  const docs = program.command('docs').description('list and show stored documents');
  docs
    .command('list')
    .description('list documents, newest ingest last, a page at a time')
    .option('--limit <n>', 'rows per page (max 1000)', parsePositiveInt, 50)
    .option('--cursor <cursor>', 'continue after a previous page (printed at its end)')
    .option('--language <code>', 'en, vi, lo or und')
    .option('--source <agency>', 'e.g. VNA')
    .option('--from <date>', 'published on or after', parseIsoDate)
    .option('--to <date>', 'published on or before', parseIsoDate)
    .option('--cluster <id>', 'only the near-duplicate cluster with this id')
    .action((flags: ListFlags, command: Command) =>
      run(command, async (ctx) => {
        const store = await ctx.store();
        const query: DocumentQuery = {
          ...(flags.limit ? { limit: Math.min(flags.limit, 1000) } : {}),
          ...(flags.cursor ? { cursor: flags.cursor } : {}),
          ...(flags.language ? { language: flags.language } : {}),
          ...(flags.source ? { source: flags.source } : {}),
          ...(flags.from ? { from: flags.from } : {}),
          ...(flags.to ? { to: flags.to } : {}),
          ...(flags.cluster ? { clusterId: flags.cluster } : {}),
        };
        const page = await store.documents.list(query);
        ctx.out.result(page, (p) => {
          const rows = [['id', 'published', 'lang', 'source', 'title'], ...p.items.map(summaryRow)];
          return table(rows) + (p.nextCursor ? `\n… more: --cursor ${p.nextCursor}` : '');
        });
        return undefined;
      }),
    );
  docs
    .command('show')
    .description('show one document: metadata, cleaned text, captions, cluster, and what was extracted')
    .argument('<id>', 'document id (from docs list or search)')
    .option('--original', 'print the original bytes as received instead')
    .action((id: string, flags: { original?: boolean }, command: Command) =>
      run(command, async (ctx) => {
        const store = await ctx.store();
        const doc = await store.documents.findOrThrow(id);
        if (flags.original) {
          process.stdout.write(doc.original);
          return undefined;
        }
        const cluster = await store.documents.cluster(doc.clusterId);
        const extraction = (await store.extractions.find(id)) ?? null;
        const { original: _o, raw: _r, signature: _s, offsets: _m, ...shown } = doc;
        ctx.out.result({ ...shown, cluster: cluster.map((d) => d.id), extraction }, (d) =>
          [
            `${d.id}  ${d.title ?? '(untitled)'}`,
            `published ${d.published ?? '?'} · source ${d.source ?? '?'} · language ${d.language} · format ${d.format}`,
            `origin ${d.origin}${d.url ? ` · ${d.url}` : ''}`,
            `cluster ${d.clusterId} (${d.cluster.length} document${d.cluster.length === 1 ? '' : 's'}) · ${d.captions.length} captions`,
            extractionLine(d.extraction),
            '',
            d.text,
          ].join('\n'),
        );
        return undefined;
      }),
    );
}

function extractionLine(e: StoredExtraction | null): string {
  if (e === null) return 'not extracted yet (cohesion extract --all)';
  const { events, figures, commitments, persons, flags } = e.extraction;
  return (
    `extracted by ${e.extractor} ${e.version} at ${e.extractedAt}: ${events.length} events · ` +
    `${figures.length} figures · ${commitments.length} commitments · ${persons.length} persons · ${flags.length} flags`
  );
}

export function summaryRow(d: DocumentSummary): string[] {
  return [d.id, d.published ?? '', d.language, d.source ?? '', d.title ?? '(untitled)'];
}
