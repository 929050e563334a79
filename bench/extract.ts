/**
 * Extraction throughput on synthetic articles against a baseline on the same
 * texts in the same run: wink-nlp's own `sbd, pos, ner` pipeline with its
 * English lite model. Both run on one core, one after the other.
 */

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { ruleExtractor } from '../src/core/extract/index.ts';
import { prepare } from '../src/core/ingest/index.ts';
import { DEFAULT_LIMITS } from '../src/core/ingest/types.ts';
import { loadKnowledgeBase } from '../src/kb/index.ts';
import { toExtractInput } from '../src/services/extract.ts';
import { memoryTrace } from './memory.ts';
import { syntheticArticles } from './synthetic/generate.ts';

export async function benchExtract(count: number) {
  const encoder = new TextEncoder();
  const inputs = [];
  for (const article of syntheticArticles({ count, seed: 11 })) {
    const [item] = prepare(
      { origin: article.name, name: article.name, bytes: encoder.encode(article.text), format: 'text' },
      DEFAULT_LIMITS,
    );
    if (item?.kind === 'document' && item.result.ok)
      inputs.push(toExtractInput(item.result.value, article.name));
  }
  const tokens = inputs.reduce((n, d) => n + d.text.split(/\s+/).filter(Boolean).length, 0);
  const bytes = inputs.reduce((n, d) => n + d.text.length, 0);

  const extractor = ruleExtractor(loadKnowledgeBase());
  extractor.extract(inputs[0]!); // warm the data caches once, as a long-running process would be
  const memory = memoryTrace();
  let started = performance.now();
  let items = 0;
  inputs.forEach((input, i) => {
    const x = extractor.extract(input);
    items += x.events.length + x.figures.length + x.commitments.length;
    if (i % 100 === 0) memory.sample(i / inputs.length);
  });
  memory.sample(1);
  const ours = (performance.now() - started) / 1000;

  const nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
  started = performance.now();
  let entities = 0;
  for (const input of inputs) entities += nlp.readDoc(input.text).entities().length();
  const baseline = (performance.now() - started) / 1000;

  const row = {
    documents: inputs.length,
    tokens,
    megabytes: Number((bytes / 1e6).toFixed(2)),
    cohesion: {
      seconds: Number(ours.toFixed(2)),
      docsPerSecond: Math.round(inputs.length / ours),
      tokensPerSecond: Math.round(tokens / ours),
      items,
    },
    winkBaseline: {
      seconds: Number(baseline.toFixed(2)),
      docsPerSecond: Math.round(inputs.length / baseline),
      tokensPerSecond: Math.round(tokens / baseline),
      entities,
    },
    ratio: Number((baseline / ours).toFixed(2)),
    memory: memory.report(),
  };
  console.log('\nextraction (one core, same texts)');
  console.log('pipeline                 docs/s  tokens/s  seconds');
  console.log(
    `cohesion rules           ${String(row.cohesion.docsPerSecond).padEnd(7)} ${String(row.cohesion.tokensPerSecond).padEnd(9)} ${row.cohesion.seconds}`,
  );
  console.log(
    `wink-nlp sbd,pos,ner     ${String(row.winkBaseline.docsPerSecond).padEnd(7)} ${String(row.winkBaseline.tokensPerSecond).padEnd(9)} ${row.winkBaseline.seconds}`,
  );
  console.log(
    `ratio (ours / baseline throughput) ${row.ratio}; RSS peak ${row.memory.peakMiB} MiB, by quarter ${row.memory.quartersMiB.join(' → ')}`,
  );
  return row;
}
