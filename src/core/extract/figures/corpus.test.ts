/**
 * The real corpus (../shared/corpus), scored with the reference scorer's rules
 * for figures and targets. Skipped when ../shared is absent. Floors sit a
 * little under the measured values: a drop means a rule got worse.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV_CORPUS, DEV_VI_CORPUS, hasShared } from '../../../../test/support/shared.ts';
import { type CorpusScore, f1, scoreCorpus } from './corpus-check.ts';

const line = (name: string, s: CorpusScore) =>
  (['figures', 'figuresAnyPeriod', 'targets'] as const)
    .map((k) => `${name} ${k} F1 ${f1(s[k]).toFixed(3)} (${s[k].tp}/${s[k].gold}/${s[k].pred})`)
    .join('\n');

describe.skipIf(!hasShared)('figures and targets on the shared corpus', () => {
  it('English dev: as the pipeline reads it today', () => {
    const s = scoreCorpus(DEV_CORPUS);
    console.log(line(path.basename(DEV_CORPUS), s));
    expect(s.docs).toBe(25);
    expect(f1(s.figures)).toBeGreaterThanOrEqual(0.75);
    expect(f1(s.figuresAnyPeriod)).toBeGreaterThanOrEqual(0.95);
    expect(f1(s.targets)).toBeGreaterThanOrEqual(0.95);
  });

  it('English dev: with a reference date taken from a stated year-to-date period', () => {
    const s = scoreCorpus(DEV_CORPUS, { referenceFallback: true });
    console.log(line(`${path.basename(DEV_CORPUS)} (reference fallback)`, s));
    expect(f1(s.figures)).toBeGreaterThanOrEqual(0.85);
  });

  it('Vietnamese and Lao dev', () => {
    const s = scoreCorpus(DEV_VI_CORPUS);
    console.log(line(path.basename(DEV_VI_CORPUS), s));
    expect(f1(s.figures)).toBeGreaterThanOrEqual(0.9);
    expect(f1(s.targets)).toBeGreaterThanOrEqual(0.8);
  });
});
