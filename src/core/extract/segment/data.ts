/** Per-language segmentation data, read once from knowledge/lang/<code>/segment.yaml. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { KnownLanguage } from '../../model/document.ts';

const SegmentData = z.object({ abbreviations: z.array(z.string()) });
const DIR = path.resolve(import.meta.dirname, '../../../../knowledge/lang');
const cache = new Map<KnownLanguage, ReadonlySet<string>>();

export function abbreviationsFor(language: KnownLanguage): ReadonlySet<string> {
  let set = cache.get(language);
  if (!set) {
    const file = path.join(DIR, language, 'segment.yaml');
    const data = SegmentData.parse(parse(readFileSync(file, 'utf8')));
    set = new Set(data.abbreviations.map((a) => a.toLowerCase()));
    cache.set(language, set);
  }
  return set;
}
