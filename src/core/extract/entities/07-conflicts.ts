/**
 * Step 7: office conflicts. When a title right before a known person's name
 * gives them an office the base says they did not hold on the reference date,
 * the text or the base is wrong, and a reader should look. Not checked:
 * historical figures, sentences about the past ("former", "then", "late", an
 * earlier year), a person the base knows no office for on that date, and a
 * title that is a general form of a held office ("Minister" for the Defence
 * Minister), and a title set off from the name by a comma.
 */
import type { Office } from '../../../kb/schema.ts';
import type { Flag } from '../../model/extraction.ts';
import { phraseAt } from './lexicon.ts';
import { firstTokenFrom } from './position.ts';
import type { Doc, EntityPerson } from './types.ts';

export function officeConflicts(doc: Doc, persons: readonly EntityPerson[]): Flag[] {
  const ref = doc.reference;
  if (!ref) return [];
  const out: Flag[] = [];
  const seen = new Set<string>();
  for (const m of persons) {
    if (!m.titleSpan || !m.claimedOffices || m.via === 'new' || m.via === 'title' || m.via === 'description')
      continue;
    const person = doc.index.persons.get(m.personId);
    if (!person || person.historical || aboutThePast(doc, m.sentence, ref)) continue;
    // "With the Prime Minister, Tô Lâm went over …": a comma between title and name may end the title's phrase.
    // A flag asks a person to act, so only a title written straight onto the name counts.
    if (doc.text.slice(m.titleSpan.end, m.start).includes(',')) continue;
    const known = doc.index.kb.officesOn(person.id, ref);
    if (known.length === 0) continue;
    for (const claimed of m.claimedOffices) {
      if (known.some((o) => compatible(doc, claimed, o.office))) continue;
      const key = `${person.id}/${claimed}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const claimedLabel = label(doc, claimed);
      const knownLabels = known.map((o) => officeLabel(doc, o)).join(', ');
      out.push({
        kind: 'office_conflict',
        message: `The text calls ${person.name} ${claimedLabel}; on ${ref} the knowledge base has ${person.name} as ${knownLabels}.`,
        person: person.name,
        claimed: claimedLabel,
        known: knownLabels,
        date: ref,
        evidence: { start: m.titleSpan.start, end: m.end },
      });
    }
  }
  return out;
}

/** The claimed office is the held one, or a general form of it: one of its titles inside one of the held office's. */
function compatible(doc: Doc, claimed: string, held: string): boolean {
  if (claimed === held) return true;
  const inner = doc.index.officeTitles.get(claimed) ?? [];
  const outer = doc.index.officeTitles.get(held) ?? [];
  return inner.some((a) => outer.some((b) => contains(b, a)));
}

function contains(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) {
    if (inner.every((w, k) => outer[i + k] === w)) return true;
  }
  return false;
}

function aboutThePast(doc: Doc, sentenceIndex: number, ref: string): boolean {
  const s = doc.sentences.find((x) => x.index === sentenceIndex);
  if (!s) return false;
  const { tokens } = doc;
  const year = Number(ref.slice(0, 4));
  const lex = doc.index.lexicon;
  for (let i = firstTokenFrom(doc, s.start); i < tokens.length && tokens[i]!.end <= s.end; i++) {
    const t = tokens[i]!;
    if (t.digit && /^(1[89]|20)\d\d$/.test(t.fold) && Number(t.fold) < year) return true;
    if (lex.pastMarkers.some((ws) => phraseAt(lex, tokens, i, ws))) return true;
  }
  return false;
}

const label = (doc: Doc, key: string): string => {
  const office = doc.index.offices.get(key);
  return office?.titles.en?.[0] ?? key;
};

const officeLabel = (doc: Doc, o: Office): string => (o.label ? o.label : label(doc, o.office));
