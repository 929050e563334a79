import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { formatScorecard, score } from '../../core/evaluate/score.ts';
import { ruleExtractor } from '../../core/extract/index.ts';
import { loadKnowledgeBase } from '../../kb/index.ts';
import { evaluate, loadGold, loadGoldAnswers, loadPredictions } from '../../services/evaluate.ts';
import { run } from '../context.ts';

export function register(program: Command): void {
  program
    .command('eval')
    .description('score extraction against hand-made answers (same rules as the reference scorer)')
    .requiredOption('--gold <dir>', 'folder of NAME.gold.json files (the articles beside them are extracted)')
    .option(
      '--pred <path>',
      'score saved predictions (folder of NAME.json or a JSON-lines file) instead of extracting',
    )
    .option('--out <dir>', 'also write the predictions as NAME.json into this folder')
    .option('--verbose', 'list missed and spurious items per document')
    .action((flags: { gold: string; pred?: string; out?: string; verbose?: boolean }, command: Command) =>
      run(command, async (ctx) => {
        const { skipped } = await loadGoldAnswers(flags.gold);
        let card: ReturnType<typeof score>;
        if (flags.pred) {
          card = score(await loadGold(flags.gold), await loadPredictions(flags.pred));
        } else {
          const result = await evaluate(flags.gold, ruleExtractor(loadKnowledgeBase()));
          card = result.card;
          if (flags.out) {
            await mkdir(flags.out, { recursive: true });
            for (const [id, extraction] of result.predictions) {
              await writeFile(path.join(flags.out, `${id}.json`), `${JSON.stringify(extraction, null, 2)}\n`);
            }
          }
        }
        ctx.out.result(card, (c) => {
          const details = flags.verbose
            ? c.perDoc.map((d) => {
                const parts = Object.entries(d.counts)
                  .filter(([, v]) => v.missed.length || v.spurious.length)
                  .map(
                    ([k, v]) =>
                      `  ${k}: missed ${JSON.stringify(v.missed)}\n  ${k}: spurious ${JSON.stringify(v.spurious)}`,
                  );
                return parts.length ? `${d.id}\n${parts.join('\n')}` : '';
              })
            : [];
          const note = skipped.length ? [`not article answers, skipped: ${skipped.join(', ')}`] : [];
          return [...details.filter(Boolean), ...note, formatScorecard(c)].join('\n');
        });
        return undefined;
      }),
    );
}
