/**
 * Step 8: places, countries and organisations from the knowledge-base
 * matches. A place name shared by a unit before and after a merger
 * (Vietnam's provinces, July 2025) resolves to the unit that existed on the
 * reference date. A place opening a paragraph before a dash ("VIENTIANE —",
 * "Hanoi (VNA) –") is the article's dateline.
 */
import { placeValidOn } from '../../../kb/build.ts';
import type { Organisation, Place } from '../../../kb/schema.ts';
import type { CountryMention } from '../types.ts';
import { sentenceAt } from './position.ts';
import type { Doc, EntityPlace, OrganisationMention } from './types.ts';

const DATELINE_BEFORE = /(?:^|\n)[ \t]*$/;
const DATELINE_AFTER = /^[ \t]*(?:\([^()\n]{1,24}\)[ \t]*)?[—–-]/;
/** Datelines open one of the first paragraphs (after a headline and a caption at most). */
const DATELINE_PARAGRAPHS = 4;

export interface Gazetteer {
  readonly places: EntityPlace[];
  readonly countries: CountryMention[];
  readonly organisations: OrganisationMention[];
}

export function placesAndBodies(doc: Doc): Gazetteer {
  const { tokens, at, text } = doc;
  const places: EntityPlace[] = [];
  const countries: CountryMention[] = [];
  const organisations: OrganisationMention[] = [];
  let lastCountry: { code: string; token: number } | null = null;
  for (const m of at) {
    if (!m) continue;
    const e = m.entry;
    const start = tokens[m.from]!.start;
    const end = tokens[m.to - 1]!.end;
    const sentence = sentenceAt(doc, start);
    if (e.kind === 'country' && e.country) {
      countries.push({ start, end, sentence, code: e.country.code, adjective: e.country.adjective });
      lastCountry = { code: e.country.code, token: m.to };
    } else if (e.kind === 'title' && e.titleCountry) {
      const tc = e.titleCountry;
      const s = tokens[m.from + tc.from]!.start;
      countries.push({
        start: s,
        end: tokens[m.from + tc.to - 1]!.end,
        sentence,
        code: tc.code,
        adjective: tc.adjective,
      });
      lastCountry = { code: tc.code, token: m.to };
    } else if (e.kind === 'place') {
      const place = choosePlace(e.places, doc.reference);
      if (!place) continue;
      const dateline =
        sentence < DATELINE_PARAGRAPHS + 2 &&
        paragraphOf(doc, sentence) < DATELINE_PARAGRAPHS &&
        DATELINE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
        DATELINE_AFTER.test(text.slice(end, end + 30));
      places.push({
        start,
        end,
        sentence,
        placeId: place.id,
        name: place.name,
        country: place.country,
        kind: place.kind,
        ...(dateline ? { dateline: true } : {}),
      });
    } else if (e.kind === 'org') {
      const near = lastCountry && m.from - lastCountry.token <= 4 ? lastCountry.code : null;
      const org = chooseOrg(e.orgs, near);
      if (org) organisations.push({ start, end, sentence, orgId: org.id, name: org.name });
    }
  }
  // A dateline is the first one only.
  const firstDateline = places.findIndex((p) => p.dateline);
  for (let k = firstDateline + 1; firstDateline >= 0 && k < places.length; k++) {
    const p = places[k]!;
    if (p.dateline) {
      const { dateline: _, ...rest } = p;
      places[k] = rest;
    }
  }
  return { places, countries, organisations };
}

function paragraphOf(doc: Doc, sentenceIndex: number): number {
  return doc.sentences.find((s) => s.index === sentenceIndex)?.paragraph ?? 0;
}

/** The unit existing on the reference date, current units first when there is none. */
function choosePlace(places: readonly Place[], reference: string | null): Place | undefined {
  const ordered = [...places].sort(
    (a, b) => Number(a.validTo !== undefined) - Number(b.validTo !== undefined),
  );
  if (reference) return ordered.find((p) => placeValidOn(p, reference)) ?? ordered[0];
  return ordered[0];
}

/** Shared acronyms (`NA`, `MOFA`): the body of the country named just before, else the first listed. */
function chooseOrg(orgs: readonly Organisation[], country: string | null): Organisation | undefined {
  return (
    (country ? orgs.find((o) => o.country === country || o.members.includes(country)) : undefined) ?? orgs[0]
  );
}
