/**
 * Entity recognition and resolution: persons, places, countries and
 * organisations in one cleaned article, each a span into its text, resolved
 * against the knowledge base where possible. Pure: the knowledge base and the
 * language data (knowledge/lang/<code>/entities.yaml) are read-only inputs,
 * indexed once per base.
 *
 * 1 scan: knowledge-base names, titles, honorifics, roles, descriptions (gazetteer.ts, match.ts)
 * 2 intro: the phrase before a name that says who they are ("Lao Deputy Prime Minister and ...")
 * 3 names: names the base does not know, credits and bylines left out
 * 4 candidates: one pass collecting what may be a person
 * 5 resolve: full names, partial names, titles standing alone
 * 6 describe: "his Lao counterpart", "the host", "the latter"
 * 7 conflicts: offices the text claims that the base says were not held
 * 8 places: places (dated), countries, organisations, the dateline
 */

import { articlePair } from '../pair.ts';
import type { CountryMention, ExtractInput, Sentence } from '../types.ts';
import { scanMatches } from './01-scan.ts';
import { findCandidates } from './04-candidates.ts';
import { resolvePersons } from './05-resolve.ts';
import { officeConflicts } from './07-conflicts.ts';
import { placesAndBodies } from './08-places.ts';
import { entityIndex } from './gazetteer.ts';
import type { KbView } from './kb-view.ts';
import { tokenize } from './tokens.ts';
import type { Doc, Entities, EntityPerson } from './types.ts';
import { findUnspaced } from './unspaced.ts';

export type { KbView } from './kb-view.ts';
export type { Entities, EntityPerson, EntityPlace, OrganisationMention } from './types.ts';

/**
 * Finds and resolves the entities of one article. `reference` is the date
 * the article speaks from (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or null.
 * @example
 * const e = findEntities(input, splitSentences(input.text, 'en'), kb, '2025-12-02');
 * personNames(e); // ['Tô Lâm', 'Sonexay Siphandone', 'Thongloun Sisoulith']
 */
export function findEntities(
  input: ExtractInput,
  sentences: readonly Sentence[],
  kb: KbView,
  reference: string | null,
): Entities {
  const index = entityIndex(kb, input.language);
  const tokens = tokenize(input.text);
  const base = { text: input.text, tokens, index, sentences, reference };
  if (!index.lexicon.spaced) return findUnspaced({ ...base, at: [] });
  const doc: Doc = { ...base, at: scanMatches(index, input.text, tokens) };
  const { places, countries, organisations } = placesAndBodies(doc);
  const candidates = findCandidates(doc);
  // The article's two sides, from its country words and the nationality of the persons it names.
  const sides: CountryMention[] = [...countries];
  for (const c of candidates) {
    const country =
      c.kind === 'known' ? (c.persons[0]?.country ?? null) : c.kind === 'new' ? c.country : null;
    const start = tokens[c.from]!.start;
    if (country) sides.push({ start, end: start, sentence: 0, code: country, adjective: false });
  }
  const pair = articlePair(sides, []);
  const hostCountry = (places.find((p) => p.dateline) ?? places[0])?.country ?? null;
  const persons = resolvePersons(doc, candidates, { pair, hostCountry });
  return { persons, places, countries, organisations, flags: officeConflicts(doc, persons) };
}

const NAMED: ReadonlySet<EntityPerson['via']> = new Set(['name', 'alias', 'short', 'new']);

/**
 * Canonical names of the persons the article names (not those it only
 * describes by title), once each, in order of first mention.
 */
export function personNames(entities: Pick<Entities, 'persons'>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of entities.persons) {
    if (!NAMED.has(p.via) || seen.has(p.personId)) continue;
    seen.add(p.personId);
    if (!out.includes(p.name)) out.push(p.name);
  }
  return out;
}
