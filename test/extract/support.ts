/** Extraction over real files, as `cohesion extract` does it: prepare (clean) then extract. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ruleExtractor } from '../../src/core/extract/index.ts';
import type { ExtractInput } from '../../src/core/extract/types.ts';
import { prepare } from '../../src/core/ingest/index.ts';
import { DEFAULT_LIMITS } from '../../src/core/ingest/types.ts';
import type { Extraction } from '../../src/core/model/extraction.ts';
import { loadKnowledgeBase } from '../../src/kb/index.ts';
import { toExtractInput } from '../../src/services/extract.ts';

export const extractor = ruleExtractor(loadKnowledgeBase());

export function extractText(name: string, text: string): { input: ExtractInput; output: Extraction } {
  const [item] = prepare(
    { origin: name, name, bytes: new TextEncoder().encode(text), format: 'text' },
    DEFAULT_LIMITS,
  );
  if (item?.kind !== 'document' || !item.result.ok) throw new Error(`could not prepare ${name}`);
  const input = toExtractInput(item.result.value, name);
  return { input, output: extractor.extract(input) };
}

export function extractFile(file: string): { input: ExtractInput; output: Extraction } {
  return extractText(path.basename(file).replace(/\.[^.]+$/, ''), readFileSync(file, 'utf8'));
}
