/** The offices a mentioned person holds: claimed by the text, and known to the base on the reference date. */
import type { Doc, EntityPerson } from './types.ts';

export function officesOf(doc: Doc, id: string, claimed: readonly string[]): string[] {
  const ref = doc.reference;
  const person = doc.index.persons.get(id);
  const known = ref && person ? doc.index.kb.officesOn(id, ref).map((o) => o.office) : [];
  return [...claimed, ...known];
}

/** Rank of the highest office a mention holds or claims (1 = head of party or state). */
export function rankOf(doc: Doc, m: EntityPerson): number {
  let best = Number.POSITIVE_INFINITY;
  for (const office of officesOf(doc, m.personId, m.claimedOffices ?? [])) {
    best = Math.min(best, doc.index.offices.get(office)?.rank ?? best);
  }
  return best;
}
