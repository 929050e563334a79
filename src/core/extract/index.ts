/**
 * The rule-based extractor: one cleaned article in, the interchange format
 * out (../shared/extraction-schema.md), every item with an evidence span.
 * Pure and deterministic: no clock, no I/O beyond data loaded once.
 *
 * sentences → times → entities → events, figures, commitments → persons.
 */
import type { KnowledgeBase } from '../../kb/index.ts';
import type { Commitment, Extraction, Figure } from '../model/extraction.ts';
import { findCommitments } from './commitments/index.ts';
import { findEntities, personNames } from './entities/index.ts';
import { eventVocabulary } from './events/data.ts';
import { extractEvents } from './events/index.ts';
import { readFigures, type SentenceContext } from './figures/index.ts';
import { articlePair } from './pair.ts';
import { splitSentences } from './segment/index.ts';
import { placeTimes, referenceDate, type ScannedTimes, scanTimes, type TimeMention } from './time/index.ts';
import type { ExtractInput, Extractor, Sentence } from './types.ts';

export type { ExtractInput, Extractor } from './types.ts';

/** Bump when rules or data change what is extracted: stored extractions carry it. */
export const RULES_VERSION = '0.1.0';

export function ruleExtractor(kb: KnowledgeBase): Extractor {
  return { name: 'rules', version: RULES_VERSION, extract: (input) => extract(input, kb) };
}

export function extract(input: ExtractInput, kb: KnowledgeBase): Extraction {
  const { text, language } = input;
  const sentences = splitSentences(text, language, input.captions, input.title);
  const scanned = sentences.map((s) => scanTimes(text.slice(s.start, s.end), language));
  const reference = referenceDate(input.published, text, language, () =>
    timesBySentence(sentences, scanned, null),
  );
  const times = timesBySentence(sentences, scanned, reference);
  const entities = findEntities(input, sentences, kb, reference);
  const pair = articlePair(entities.countries, entities.persons);
  const first = sentences.find((s) => !s.headline);
  const dateline = entities.places.find(
    (p) => first && p.sentence === first.index && p.start - first.start < 3,
  );
  const countryNames = kb.countries.flatMap((c) => [
    ...(c.names[language] ?? []),
    ...(c.adjectives[language] ?? []),
  ]);
  const events = extractEvents({
    text,
    sentences,
    persons: entities.persons,
    places: entities.places,
    countries: entities.countries,
    times,
    reference,
    published: input.published,
    pair,
    dateline,
    vocabulary: eventVocabulary(language, countryNames),
  });
  const contexts: SentenceContext[] = sentences.map((s) => ({
    text: text.slice(s.start, s.end),
    offset: s.start,
    language,
    reference,
    times: times
      .filter((t) => t.start >= s.start && t.end <= s.end)
      .map((t) => ({ ...t, start: t.start - s.start, end: t.end - s.start })),
    countries: entities.countries
      .filter((c) => c.sentence === s.index)
      .map((c) => ({ code: c.code, start: c.start - s.start, end: c.end - s.start })),
    pair: pair ? [pair[0], pair[1]] : null,
  }));
  const read = readFigures(contexts);
  const figures: Figure[] = read.flatMap((r) => r.figures);
  const commitments: Commitment[] = contexts.flatMap((s, i) => findCommitments(s, read[i]));
  return {
    doc: { id: input.id, title: input.title, published: input.published, source: input.source, language },
    events,
    figures,
    commitments,
    persons: personNames(entities),
    flags: entities.flags,
  };
}

/**
 * Time expressions are found per sentence (fast, and no expression crosses a
 * sentence), scanned once and placed against a reference (twice when the
 * reference itself is read from the text); offsets are the document's.
 */
function timesBySentence(
  sentences: readonly Sentence[],
  scanned: readonly ScannedTimes[],
  reference: string | null,
): TimeMention[] {
  const out: TimeMention[] = [];
  sentences.forEach((s, i) => {
    for (const t of placeTimes(scanned[i]!, reference))
      out.push({ ...t, start: t.start + s.start, end: t.end + s.start });
  });
  return out;
}
