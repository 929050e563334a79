import type { Command } from 'commander';
import type { StoreStats } from '../../store/store.ts';
import { run } from '../context.ts';

export function register(program: Command): void {
  program
    .command('stats')
    .description('counts of documents, near-duplicate clusters, languages, sources')
    .action((_flags: unknown, command: Command) =>
      run(command, async (ctx) => {
        const store = await ctx.store();
        ctx.out.result({ dialect: store.dialect, ...(await store.documents.stats()) }, formatStats);
        return undefined;
      }),
    );
}

const counts = (r: Readonly<Record<string, number>>) =>
  Object.entries(r)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ') || '—';

export function formatStats(s: StoreStats & { dialect: string }): string {
  return [
    `${s.documents} documents in ${s.clusters} stories (${s.dialect})`,
    `published ${s.firstPublished ?? '?'} … ${s.lastPublished ?? '?'}`,
    `languages: ${counts(s.byLanguage)}`,
    `sources: ${counts(s.bySource)}`,
    `formats: ${counts(s.byFormat)}`,
  ].join('\n');
}
