/** Every development article, English and Vietnamese/Lao: no crash, spans that are true to the text. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV_CORPUS, DEV_VI_CORPUS } from '../../../../test/support/shared.ts';
import type { KnownLanguage } from '../../model/document.ts';
import { findTimes, referenceDate } from './index.ts';

const DATE_LINE = /^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)/;
const FORMAT = { year: /^\d{4}$/, month: /^\d{4}-\d{2}$/, day: /^\d{4}-\d{2}-\d{2}$/ };

function articles(
  dir: string,
): { name: string; text: string; published: string | null; language: KnownLanguage }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const goldFile = path.join(dir, f.replace(/\.txt$/, '.gold.json'));
      const doc = existsSync(goldFile) ? JSON.parse(readFileSync(goldFile, 'utf8')).doc : undefined;
      return {
        name: f,
        text,
        published: doc?.published ?? DATE_LINE.exec(text)?.[1] ?? null,
        language: doc?.language ?? 'en',
      };
    });
}

const all = [...articles(DEV_CORPUS), ...articles(DEV_VI_CORPUS)];

describe.skipIf(all.length === 0)('findTimes over the development corpus', () => {
  it.each(all.map((a) => [a.name, a] as const))('%s', (_name, a) => {
    const reference = a.published ?? referenceDate(null, a.text, a.language);
    const mentions = findTimes(a.text, { reference, language: a.language });
    for (const m of mentions) {
      expect(a.text.slice(m.start, m.end)).toBe(m.text);
      expect(m.from).toMatch(FORMAT[m.precision]);
      expect(m.to).toMatch(FORMAT[m.precision]);
      expect(m.from <= m.to).toBe(true);
    }
    // The same input gives the same output.
    expect(findTimes(a.text, { reference, language: a.language })).toEqual(mentions);
  });
});
