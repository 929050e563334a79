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
import { extractEvents, type TimeRef } from './events/index.ts';
import { findFiguresInSentences, type SentenceContext } from './figures/index.ts';
import { articlePair } from './pair.ts';
import { splitSentences } from './segment/index.ts';
import { findTimes, referenceDate } from './time/index.ts';
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
  const reference = referenceDate(input.published, text, language);
  const times = timesBySentence(text, sentences, reference, language);
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
  const figures: Figure[] = findFiguresInSentences(contexts).flat();
  const commitments: Commitment[] = contexts.flatMap(findCommitments);
  return {
    doc: { id: input.id, title: input.title, published: input.published, source: input.source, language },
    events,
    figures,
    commitments,
    persons: personNames(entities),
    flags: entities.flags,
  };
}

/** Time expressions are found per sentence (fast, and no expression crosses a sentence); offsets are the document's. */
function timesBySentence(
  text: string,
  sentences: readonly Sentence[],
  reference: string | null,
  language: ExtractInput['language'],
): TimeRef[] {
  const out: TimeRef[] = [];
  for (const s of sentences) {
    for (const t of findTimes(text.slice(s.start, s.end), { reference, language })) {
      out.push({ ...t, start: t.start + s.start, end: t.end + s.start });
    }
  }
  return out;
}
