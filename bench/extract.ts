/**
 * Extraction throughput on synthetic articles against a baseline on the same
 * texts in the same run: wink-nlp's own `sbd, pos, ner` pipeline with its
 * English lite model. Both run on one core, one after the other.
 */

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { ruleExtractor } from '../src/core/extract/index.ts';
import type { ExtractInput } from '../src/core/extract/types.ts';
import { prepare } from '../src/core/ingest/index.ts';
import { DEFAULT_LIMITS } from '../src/core/ingest/types.ts';
import { loadKnowledgeBase } from '../src/kb/index.ts';
import { toExtractInput } from '../src/services/extract.ts';
import { memoryTrace } from './memory.ts';
import { syntheticArticles } from './synthetic/generate.ts';

/** The same prepared articles, generated again for each pipeline: nothing holds the whole corpus. */
function* inputs(count: number): Generator<ExtractInput> {
  const encoder = new TextEncoder();
  for (const article of syntheticArticles({ count, seed: 11 })) {
    const [item] = prepare(
      { origin: article.name, name: article.name, bytes: encoder.encode(article.text), format: 'text' },
      DEFAULT_LIMITS,
    );
    if (item?.kind === 'document' && item.result.ok) yield toExtractInput(item.result.value, article.name);
  }
}

/** Runs `work` over every input, timing only `work` (generation and cleaning are not what is measured). */
function timed(count: number, work: (input: ExtractInput) => void, memory?: ReturnType<typeof memoryTrace>) {
  let seconds = 0;
  let documents = 0;
  let tokens = 0;
  for (const input of inputs(count)) {
    tokens += input.text.split(/\s+/).filter(Boolean).length;
    const started = performance.now();
    work(input);
    seconds += (performance.now() - started) / 1000;
    if (++documents % 100 === 0) memory?.sample(documents / count);
  }
  memory?.sample(1);
  return { documents, tokens, seconds };
}

export async function benchExtract(count: number) {
  const extractor = ruleExtractor(loadKnowledgeBase());
  const warm = inputs(1).next().value;
  if (warm) extractor.extract(warm); // load the per-language data once, as a long-running process has
  const memory = memoryTrace();
  let items = 0;
  const ours = timed(
    count,
    (input) => {
      const x = extractor.extract(input);
      items += x.events.length + x.figures.length + x.commitments.length;
    },
    memory,
  );
  const nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
  let entities = 0;
  const baseline = timed(count, (input) => {
    entities += nlp.readDoc(input.text).entities().length();
  });
  const rate = (r: typeof ours) => ({
    seconds: Number(r.seconds.toFixed(2)),
    docsPerSecond: Math.round(r.documents / r.seconds),
    tokensPerSecond: Math.round(r.tokens / r.seconds),
  });
  const row = {
    documents: ours.documents,
    tokens: ours.tokens,
    cohesion: { ...rate(ours), items },
    winkBaseline: { ...rate(baseline), entities },
    ratio: Number((baseline.seconds / ours.seconds).toFixed(2)),
    memory: memory.report(),
  };
  console.log('\nextraction (one core, same texts; time in the extractor only)');
  console.log('pipeline                 docs/s  tokens/s  seconds');
  console.log(
    `cohesion rules           ${String(row.cohesion.docsPerSecond).padEnd(7)} ${String(row.cohesion.tokensPerSecond).padEnd(9)} ${row.cohesion.seconds}`,
  );
  console.log(
    `wink-nlp sbd,pos,ner     ${String(row.winkBaseline.docsPerSecond).padEnd(7)} ${String(row.winkBaseline.tokensPerSecond).padEnd(9)} ${row.winkBaseline.seconds}`,
  );
  console.log(
    `ours / baseline throughput: ${row.ratio} (goal ≥ 0.5); RSS peak ${row.memory.peakMiB} MiB, by quarter ${row.memory.quartersMiB.join(' → ')}`,
  );
  return row;
}
