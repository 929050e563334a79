import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Command, Option } from 'commander';
import { ruleExtractor } from '../../core/extract/index.ts';
import { loadKnowledgeBase } from '../../kb/index.ts';
import { extractEntries } from '../../services/extract.ts';
import { expandInputs } from '../../sources/sources.ts';
import { run } from '../context.ts';
import { EXIT } from '../exit.ts';

export function register(program: Command): void {
  program
    .command('extract')
    .description(
      'read events, figures, commitments and persons out of articles (the extraction schema, plus flags)',
    )
    .argument('<inputs...>', 'files or folders of articles')
    .addOption(
      new Option('--format <format>', 'json: one pretty object per document; jsonl: one line each')
        .choices(['json', 'jsonl'])
        .default('jsonl'),
    )
    .option('--out <dir>', 'write NAME.json per document into this folder instead of printing')
    .action((inputs: string[], flags: { format: 'json' | 'jsonl'; out?: string }, command: Command) =>
      run(command, async () => {
        const extractor = ruleExtractor(loadKnowledgeBase());
        if (flags.out) await mkdir(flags.out, { recursive: true });
        let failed = 0;
        for await (const outcome of extractEntries(expandInputs(inputs), extractor)) {
          if (!outcome.ok) {
            failed++;
            process.stderr.write(
              `✗ ${outcome.origin}: ${outcome.problem.code} — ${outcome.problem.message}\n`,
            );
            continue;
          }
          const json = JSON.stringify(
            outcome.extraction,
            null,
            flags.format === 'json' || flags.out ? 2 : undefined,
          );
          if (flags.out)
            await writeFile(path.join(flags.out, `${outcome.extraction.doc.id}.json`), `${json}\n`);
          else process.stdout.write(`${json}\n`);
        }
        return failed ? EXIT.partial : EXIT.ok;
      }),
    );
}
