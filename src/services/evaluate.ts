/**
 * Evaluation against hand-made answers: run the extractor over the articles
 * beside each `NAME.gold.json`, or read saved predictions, and score with
 * the reference scorer's rules.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Answer, type Scorecard, score } from '../core/evaluate/score.ts';
import type { Extractor } from '../core/extract/types.ts';
import type { Extraction } from '../core/model/extraction.ts';
import { expandInputs } from '../sources/sources.ts';
import { extractEntries } from './extract.ts';

/**
 * Gold answers of single articles, keyed by file stem. A gold file without a
 * `doc` (the answer for consolidating several articles, such as
 * consolidated-seeds.gold.json) is not an article's answer: it is skipped and
 * named in `skipped`. The reference scorer counts such a file as an article
 * with no prediction; on a folder of article answers the two agree exactly.
 */
export async function loadGoldAnswers(
  dir: string,
): Promise<{ gold: Map<string, Answer>; skipped: string[] }> {
  const names = (await readdir(dir)).filter((f) => f.endsWith('.gold.json')).sort();
  const gold = new Map<string, Answer>();
  const skipped: string[] = [];
  for (const name of names) {
    const stem = name.replace(/\.gold\.json$/, '');
    const answer = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as Answer;
    if (answer.doc) gold.set(stem, answer);
    else skipped.push(name);
  }
  return { gold, skipped };
}

export async function loadGold(dir: string): Promise<Map<string, Answer>> {
  return (await loadGoldAnswers(dir)).gold;
}

/** Saved predictions: a folder of NAME.json or a JSON-lines file, keyed like the reference scorer keys them. */
export async function loadPredictions(p: string): Promise<Map<string, Answer>> {
  const byId = new Map<string, Answer>();
  if ((await stat(p)).isDirectory()) {
    for (const f of (await readdir(p)).sort()) {
      if (!f.endsWith('.json') || f.endsWith('.gold.json')) continue;
      const rec = JSON.parse(await readFile(path.join(p, f), 'utf8')) as Answer;
      byId.set(rec.doc?.id ?? f.replace(/\.json$/, ''), rec);
      byId.set(f.replace(/\.json$/, ''), rec);
    }
  } else {
    for (const line of (await readFile(p, 'utf8')).split('\n')) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line) as Answer;
      if (rec.doc?.id != null) byId.set(String(rec.doc.id), rec);
    }
  }
  return byId;
}

/** Runs the extractor over the article files (any extension) that share a stem with a gold file. */
export async function predict(
  goldDir: string,
  gold: ReadonlyMap<string, Answer>,
  extractor: Extractor,
): Promise<Map<string, Extraction>> {
  const files = (await readdir(goldDir))
    .filter((f) => !f.endsWith('.json') && gold.has(f.replace(/\.[^.]+$/, '')))
    .sort()
    .map((f) => path.join(goldDir, f))
    .filter((f) => existsSync(f));
  const out = new Map<string, Extraction>();
  for await (const outcome of extractEntries(expandInputs(files), extractor)) {
    if (outcome.ok) out.set(outcome.extraction.doc.id, outcome.extraction);
  }
  return out;
}

export async function evaluate(
  goldDir: string,
  extractor: Extractor,
): Promise<{ card: Scorecard; predictions: Map<string, Extraction> }> {
  const gold = await loadGold(goldDir);
  const predictions = await predict(goldDir, gold, extractor);
  return { card: score(gold, predictions), predictions };
}
