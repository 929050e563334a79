/**
 * Extraction quality on the team's hand-made answers (../shared/corpus/dev),
 * and agreement of `cohesion eval` with the reference scorer.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { score } from '../../src/core/evaluate/score.ts';
import { evaluate, loadGold, loadPredictions } from '../../src/services/evaluate.ts';
import { DEV_CORPUS, hasShared, SHARED } from '../support/shared.ts';
import { extractFile, extractor } from './support.ts';

describe.runIf(hasShared)('extraction on the dev corpus', () => {
  it('reaches the quality goals and scores as the reference scorer does', { timeout: 120_000 }, async () => {
    const { card, predictions } = await evaluate(DEV_CORPUS, extractor);
    expect(card.missing).toEqual([]);
    expect(card.summary.events.f1).toBeGreaterThanOrEqual(0.8);
    expect(card.summary.figures.f1).toBeGreaterThanOrEqual(0.85);
    expect(card.summary.targets.f1).toBeGreaterThanOrEqual(0.9);
    expect(card.summary.persons.f1).toBeGreaterThanOrEqual(0.95);

    // Same input for both scorers: the article answers (consolidated-seeds.gold.json answers consolidation, not an article).
    const goldDir = mkdtempSync(path.join(tmpdir(), 'cohesion-gold-'));
    for (const f of readdirSync(DEV_CORPUS).filter(
      (f) => f.endsWith('.gold.json') && !f.startsWith('consolidated'),
    )) {
      copyFileSync(path.join(DEV_CORPUS, f), path.join(goldDir, f));
    }
    const out = mkdtempSync(path.join(tmpdir(), 'cohesion-eval-'));
    for (const [id, extraction] of predictions)
      writeFileSync(path.join(out, `${id}.json`), JSON.stringify(extraction));
    const reference = JSON.parse(
      execFileSync(process.execPath, [path.join(SHARED, 'tools/score.mjs'), goldDir, out, '--json'], {
        encoding: 'utf8',
      }),
    ) as { summary: unknown; matchedEventAttributes: unknown };
    const ours = score(await loadGold(goldDir), await loadPredictions(out));
    expect(ours.summary).toEqual(reference.summary);
    expect(ours.matchedEventAttributes).toEqual(reference.matchedEventAttributes);
  });

  it('flags the seed article that calls Thongloun Sisoulith prime minister in December 2025', () => {
    const { input, output } = extractFile(path.join(DEV_CORPUS, 'seed-004.txt'));
    const flag = output.flags.find((f) => f.kind === 'office_conflict');
    expect(flag?.person).toBe('Thongloun Sisoulith');
    expect(input.text.slice(flag!.evidence.start, flag!.evidence.end)).toMatch(/PM Thongloun/);
    expect(output.flags.filter((f) => f.kind === 'office_conflict')).toHaveLength(1);
  });

  it('puts no seed event in a year its article does not speak of', () => {
    for (const n of [0, 1, 2, 3, 4]) {
      const stem = `seed-00${n}`;
      const gold = JSON.parse(readFileSync(path.join(DEV_CORPUS, `${stem}.gold.json`), 'utf8')) as {
        events: { start: string | null }[];
      };
      const years = new Set(gold.events.map((e) => e.start?.slice(0, 4)).filter(Boolean));
      const { output } = extractFile(path.join(DEV_CORPUS, `${stem}.txt`));
      for (const event of output.events) {
        if (event.start)
          expect(years, `${stem} ${event.type} ${event.start}`).toContain(event.start.slice(0, 4));
      }
    }
  });
});
