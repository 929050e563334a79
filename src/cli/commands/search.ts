import type { Command } from 'commander';
import type { SearchHit } from '../../store/store.ts';
import { run } from '../context.ts';
import { parsePositiveInt } from './parse.ts';

export function register(program: Command): void {
  program
    .command('search')
    .description('full-text search; case and diacritics do not matter ("to lam" finds "Tô Lâm")')
    .argument('<query...>', 'words, "quoted phrases", -excluded, a OR b')
    .option('--limit <n>', 'how many hits', parsePositiveInt, 20)
    .action((words: string[], flags: { limit: number }, command: Command) =>
      run(command, async (ctx) => {
        const store = await ctx.store();
        const hits = await store.documents.search(words.join(' '), { limit: flags.limit });
        ctx.out.result(hits, (h) => (h.length ? h.map(formatHit).join('\n\n') : 'no documents match'));
        return undefined;
      }),
    );
}

/** A hit with its matched words in bold on a terminal. */
export function formatHit(hit: SearchHit): string {
  const bold = process.stdout.isTTY ? ['\x1b[1m', '\x1b[22m'] : ['«', '»'];
  let text = '';
  let at = 0;
  for (const h of hit.snippet.highlights) {
    text += hit.snippet.text.slice(at, h.start) + bold[0] + hit.snippet.text.slice(h.start, h.end) + bold[1];
    at = h.end;
  }
  text += hit.snippet.text.slice(at);
  return `${hit.id}  ${hit.published ?? ''}  ${hit.source ?? ''}  ${hit.title ?? '(untitled)'}\n  ${text.replace(/\s+/g, ' ')}`;
}
