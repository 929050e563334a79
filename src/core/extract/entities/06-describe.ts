/**
 * Step 6: descriptions, resolved from the persons mentioned before them:
 * "the latter" is the last one; "the host" the last of the country where the
 * events take place, "the guest" the last of the other side; "the Lao leader"
 * the highest-ranked Lao person so far; "his Lao counterpart" the person of
 * the other country holding the same office as the last one named, from the
 * article or else from the base on the reference date.
 */
import { officesOf, rankOf } from './offices.ts';
import type { Candidate, Doc, EntityPerson, Named, ResolveContext, Who } from './types.ts';

export function resolveDescription(
  doc: Doc,
  c: Extract<Candidate, { kind: 'description' }>,
  named: readonly Named[],
  before: readonly EntityPerson[],
  ctx: ResolveContext,
): Who | null {
  const last = before.at(-1);
  const latestOf = (country: string | null): EntityPerson | undefined =>
    country ? before.findLast((m) => m.country === country) : undefined;
  const other = (country: string | null): string | null => {
    if (!ctx.pair || !country) return null;
    return ctx.pair[0] === country ? ctx.pair[1] : ctx.pair[1] === country ? ctx.pair[0] : null;
  };
  switch (c.description) {
    case 'latter':
      return last ? who(last) : null;
    case 'host':
      return pick(latestOf(c.country ?? ctx.hostCountry));
    case 'guest': {
      const country = c.country ?? other(ctx.hostCountry);
      return pick(latestOf(country));
    }
    case 'leader': {
      if (!c.country) return null;
      const ofCountry = before.filter((m) => m.country === c.country);
      if (ofCountry.length === 0) return null;
      const best = ofCountry.reduce((a, b) => (rankOf(doc, b) < rankOf(doc, a) ? b : a));
      return who(best);
    }
    case 'counterpart': {
      if (!last) return null;
      const country = c.country ?? other(last.country);
      if (!country) return null;
      const offices = officesOf(doc, last.personId, last.claimedOffices ?? []);
      const office = offices.sort(
        (a, b) => (doc.index.offices.get(a)?.rank ?? 99) - (doc.index.offices.get(b)?.rank ?? 99),
      )[0];
      const holds = (id: string, claimed: readonly string[]) =>
        !office || officesOf(doc, id, claimed).includes(office);
      const earlier = before.findLast(
        (m) => m.country === country && holds(m.personId, m.claimedOffices ?? []),
      );
      if (earlier) return who(earlier);
      const later = named.find((n) => n.from > c.from && n.country === country && holds(n.id, n.offices));
      if (later) return later;
      if (office && doc.reference) {
        const holder = doc.index.kb.holdersOn(office, country, doc.reference)[0];
        if (holder) return { id: holder.id, name: holder.name, country: holder.country };
      }
      return null;
    }
  }
}

const who = (m: EntityPerson): Who => ({ id: m.personId, name: m.name, country: m.country });
const pick = (m: EntityPerson | undefined): Who | null => (m ? who(m) : null);
