/**
 * Text in a script written without spaces between words (Lao): words cannot
 * be told apart, so the knowledge base's forms in that script are found as
 * substrings, longest first, and only full names are taken (no partial names,
 * no new names: without word boundaries a guessed name would be noise).
 */
import { placeValidOn } from '../../../kb/build.ts';
import { foldChars } from '../../text/fold.ts';
import { sentenceAt } from './position.ts';
import type { Doc, Entities } from './types.ts';

export function findUnspaced(doc: Doc): Entities {
  const folded = foldChars(doc.text.normalize('NFC'));
  const taken = new Uint8Array(folded.length);
  const out: Entities = { persons: [], places: [], countries: [], organisations: [], flags: [] };
  const hits: { start: number; end: number; entry: (typeof doc.index.unspaced)[number]['entry'] }[] = [];
  for (const { form, entry } of doc.index.unspaced) {
    for (let at = folded.indexOf(form); at >= 0; at = folded.indexOf(form, at + form.length)) {
      const end = at + form.length;
      if (taken.subarray(at, end).some((x) => x === 1)) continue;
      taken.fill(1, at, end);
      hits.push({ start: at, end, entry });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  for (const { start, end, entry } of hits) {
    const sentence = sentenceAt(doc, start);
    if (entry.kind === 'country' && entry.country) {
      out.countries.push({
        start,
        end,
        sentence,
        code: entry.country.code,
        adjective: entry.country.adjective,
      });
    } else if (entry.kind === 'place') {
      const ref = doc.reference;
      const place = (ref ? entry.places.find((p) => placeValidOn(p, ref)) : undefined) ?? entry.places[0];
      if (place)
        out.places.push({
          start,
          end,
          sentence,
          placeId: place.id,
          name: place.name,
          country: place.country,
          kind: place.kind,
        });
    } else if (entry.kind === 'org') {
      const org = entry.orgs[0];
      if (org) out.organisations.push({ start, end, sentence, orgId: org.id, name: org.name });
    } else if (entry.kind === 'person') {
      const p = entry.persons[0];
      if (p)
        out.persons.push({
          start,
          end,
          sentence,
          personId: p.person.id,
          name: p.person.name,
          country: p.person.country,
          via: p.alias ? 'alias' : 'name',
        });
    }
  }
  return out;
}
