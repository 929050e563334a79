import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Command, Option } from 'commander';
import { ruleExtractor } from '../../core/extract/index.ts';
import { loadKnowledgeBase } from '../../kb/index.ts';
import { type ExtractStoredSummary, extractEntries, extractStored } from '../../services/extract.ts';
import { expandInputs } from '../../sources/sources.ts';
import { type Context, run } from '../context.ts';
import { CliError, EXIT } from '../exit.ts';
import { progress } from '../progress.ts';

interface ExtractFlags {
  format: 'json' | 'jsonl';
  out?: string;
  all?: boolean;
  force?: boolean;
}

export function register(program: Command): void {
  program
    .command('extract')
    .description(
      'read events, figures, commitments and persons out of articles (the extraction schema, plus flags): ' +
        'files and folders are printed; --all extracts the stored documents into the store',
    )
    .argument('[inputs...]', 'files or folders of articles')
    .addOption(
      new Option('--format <format>', 'json: one pretty object per document; jsonl: one line each')
        .choices(['json', 'jsonl'])
        .default('jsonl'),
    )
    .option('--out <dir>', 'write NAME.json per document into this folder instead of printing')
    .option(
      '--all',
      'extract every stored document not yet extracted by the current rules (new, or read by older rules)',
    )
    .option('--force', 'extract every stored document again, even those that are up to date')
    .action((inputs: string[], flags: ExtractFlags, command: Command) =>
      run(command, async (ctx) => {
        const stored = flags.all === true || flags.force === true;
        if (stored && (inputs.length > 0 || flags.out !== undefined)) {
          throw new CliError('USAGE', '--all and --force extract the store: give no files and no --out');
        }
        if (!stored && inputs.length === 0) {
          throw new CliError('USAGE', 'give files or folders to extract, or --all for the stored documents');
        }
        return stored ? extractStore(ctx, flags.force === true) : extractFiles(inputs, flags);
      }),
    );
}

async function extractStore(ctx: Context, force: boolean): Promise<number> {
  const store = await ctx.store();
  const bar = progress(!ctx.out.json && !ctx.flags.quiet);
  const summary = await extractStored(store, ruleExtractor(loadKnowledgeBase()), {
    force,
    onItem: (o) => bar.tick(o.documentId),
  });
  bar.done();
  ctx.out.result(summary, formatExtractSummary);
  return summary.failed > 0 ? EXIT.partial : EXIT.ok;
}

export function formatExtractSummary(s: ExtractStoredSummary): string {
  const lines = [
    `extracted ${s.extracted} (${s.extractor} ${s.version}), ${s.skipped} up to date, ${s.failed} failed`,
  ];
  for (const f of s.failures) lines.push(`  ✗ ${f.documentId}: ${f.problem.code} — ${f.problem.message}`);
  return lines.join('\n');
}

async function extractFiles(inputs: readonly string[], flags: ExtractFlags): Promise<number> {
  const extractor = ruleExtractor(loadKnowledgeBase());
  if (flags.out) await mkdir(flags.out, { recursive: true });
  let failed = 0;
  for await (const outcome of extractEntries(expandInputs([...inputs]), extractor)) {
    if (!outcome.ok) {
      failed++;
      process.stderr.write(`✗ ${outcome.origin}: ${outcome.problem.code} — ${outcome.problem.message}\n`);
      continue;
    }
    const json = JSON.stringify(
      outcome.extraction,
      null,
      flags.format === 'json' || flags.out ? 2 : undefined,
    );
    if (flags.out) await writeFile(path.join(flags.out, `${outcome.extraction.doc.id}.json`), `${json}\n`);
    else process.stdout.write(`${json}\n`);
  }
  return failed ? EXIT.partial : EXIT.ok;
}
