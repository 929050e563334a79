/**
 * Every extracted item points at text that supports it: its evidence span
 * lies inside the cleaned text and contains the item's key words. Checked
 * over the real corpora, the samples, synthetic articles and random mixes.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticArticles } from '../../bench/synthetic/generate.ts';
import { eventVocabulary } from '../../src/core/extract/events/data.ts';
import type { ExtractInput } from '../../src/core/extract/types.ts';
import { Extraction } from '../../src/core/model/extraction.ts';
import { foldChars } from '../../src/core/text/fold.ts';
import { DEV_CORPUS, DEV_VI_CORPUS, hasShared, ROOT } from '../support/shared.ts';
import { extractFile, extractText } from './support.ts';

const triggersOf = (input: ExtractInput, type: string) =>
  eventVocabulary(input.language, [])
    .triggers.filter((t) => t.type === type)
    .flatMap((t) => t.patterns);

/** Returns what is wrong with the evidence of one extraction (empty when all is well). */
function evidenceProblems(input: ExtractInput, output: Extraction): string[] {
  const problems: string[] = [];
  const { text } = input;
  const span = (what: string, e: { start: number; end: number } | undefined) => {
    if (!e) {
      problems.push(`${what}: no evidence`);
      return '';
    }
    if (!(e.start >= 0 && e.start < e.end && e.end <= text.length)) {
      problems.push(`${what}: span ${e.start}-${e.end} outside 0-${text.length}`);
      return '';
    }
    return text.slice(e.start, e.end);
  };
  const matches = (p: RegExp, s: string) => {
    p.lastIndex = 0;
    return p.test(s);
  };
  for (const ev of output.events) {
    const quoted = span(`event ${ev.type}`, ev.evidence);
    // A Vietnamese or Lao sentence is checked for being inside the text only: the trigger lists there are data of their own.
    if (quoted && input.language === 'en' && !triggersOf(input, ev.type).some((p) => matches(p, quoted))) {
      problems.push(`event ${ev.type}: no ${ev.type} trigger in "${quoted.slice(0, 80)}"`);
    }
  }
  for (const f of output.figures) {
    const quoted = span(`figure ${f.metric}`, f.evidence);
    if (quoted && !/\p{N}/u.test(quoted)) problems.push(`figure ${f.metric}: no number in "${quoted}"`);
  }
  for (const c of output.commitments) {
    const quoted = span(`commitment ${c.kind}`, c.evidence);
    if (quoted && c.kind === 'target' && !/\p{N}/u.test(quoted))
      problems.push(`target: no number in "${quoted}"`);
    if (quoted && c.kind !== 'target' && quoted.trim().split(/\s+/).length < 2)
      problems.push(`${c.kind}: "${quoted}" is not a phrase`);
  }
  for (const flag of output.flags) {
    const quoted = foldChars(span(`flag ${flag.kind}`, flag.evidence));
    const names = foldChars(flag.person ?? '')
      .split(/\s+/)
      .filter(Boolean);
    if (quoted && names.length && !names.some((n) => quoted.includes(n)))
      problems.push(`flag: "${quoted}" does not name ${flag.person}`);
  }
  return problems;
}

const files = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(dir, f));

describe('evidence spans', () => {
  it.runIf(hasShared)('hold on every real article (English, Vietnamese, Lao)', () => {
    for (const file of [...files(DEV_CORPUS), ...files(DEV_VI_CORPUS)]) {
      const { input, output } = extractFile(file);
      expect(Extraction.safeParse(output).success, file).toBe(true);
      expect(evidenceProblems(input, output), file).toEqual([]);
    }
  });

  it('hold on the samples and on synthetic articles', () => {
    const sampleDir = path.join(ROOT, 'samples/articles');
    for (const file of files(sampleDir)) {
      const { input, output } = extractFile(file);
      expect(evidenceProblems(input, output), file).toEqual([]);
    }
    for (const article of syntheticArticles({ count: 150, seed: 3 })) {
      const { input, output } = extractText(article.name, article.text);
      expect(output.events.length + output.figures.length, article.name).toBeGreaterThan(0);
      expect(evidenceProblems(input, output), article.name).toEqual([]);
    }
  });

  it('hold on random mixes of news sentences and noise', () => {
    const pieces = [
      'Prime Minister Pham Minh Chinh held talks with his Lao counterpart Sonexay Siphandone in Vientiane on December 3.',
      'Two-way trade reached 2.2 billion USD in 2024, up 12 percent.',
      'The two sides agreed to raise bilateral trade to 5 billion USD by 2030.',
      'General Secretary To Lam received the Lao Minister of Defence in Hanoi on Tuesday.',
      'Vietnam will grant 1,000 scholarships to Lao students every year.',
      '![]() |',
      '| A caption about the welcome ceremony in Hanoi. |',
      'They witnessed the signing of a memorandum of understanding on education.',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 40 })), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.constantFrom('2025-12-04', '2024-02-01'),
        (parts, date) => {
          const text = `Headline of the day\n date ${date}\n${parts.join(' ')}\n`;
          let result: ReturnType<typeof extractText>;
          try {
            result = extractText('random', text);
          } catch {
            return; // text that cleans to nothing is refused by ingest, not extracted
          }
          expect(evidenceProblems(result.input, result.output)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
