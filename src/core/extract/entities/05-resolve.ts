/**
 * Step 5: who each candidate is, in text order. Full names resolve at once;
 * a partial name needs a title before it, or the same person named earlier
 * in the article, or to be a distinctive (Lao given) name; among several
 * people sharing it, the one the article names wins. A title without a name
 * is the person the article gave that office to, else the base's holder on
 * the reference date; a description ("his Lao counterpart", "the host",
 * "the latter") is resolved from the persons mentioned before it.
 */
import type { Person } from '../../../kb/schema.ts';
import { keyOf, surface } from './03-names.ts';
import { resolveDescription } from './06-describe.ts';
import { officesOf } from './offices.ts';
import { sentenceAt } from './position.ts';
import type { Candidate, Doc, EntityPerson, Intro, Named, ResolveContext, Who } from './types.ts';

export function resolvePersons(
  doc: Doc,
  candidates: readonly Candidate[],
  ctx: ResolveContext,
): EntityPerson[] {
  const named = namedInArticle(doc, candidates);
  const out: EntityPerson[] = [];
  for (const c of candidates) {
    const m = resolveOne(doc, c, named, out, ctx);
    if (m) out.push(m);
  }
  return out;
}

const claimsOf = (intro: Intro | null) =>
  intro && !intro.after ? intro.claims.filter((c) => !c.qualified) : [];

function namedInArticle(doc: Doc, candidates: readonly Candidate[]): Named[] {
  const out: Named[] = [];
  const aliasOf = new Map<string, string>();
  for (const [k, c] of candidates.entries()) {
    if (c.kind !== 'known' && c.kind !== 'new') continue;
    const offices = c.intro ? c.intro.claims.map((x) => x.office) : [];
    if (c.kind === 'known') {
      const person = choosePerson(
        doc,
        c.persons,
        claimsOf(c.intro).map((x) => x.office),
      );
      out.push({
        id: person.id,
        name: person.name,
        country: person.country,
        person,
        from: c.from,
        offices,
        shorts: doc.index.shortKeys.get(person.id) ?? [],
      });
      // "Thoong-lun Xi-xu-lít (Thoonglun Sisulith)": a name and its spelling in brackets are one person.
      const before = candidates[k - 1];
      if (before?.kind === 'new' && bracketed(doc, before, c))
        aliasOf.set(keyOf(doc, before.from, before.to), person.id);
    } else {
      const key = keyOf(doc, c.from, c.to);
      out.push({
        id: `new:${key}`,
        name: surface(doc, c.from, c.to),
        country: c.country,
        person: null,
        from: c.from,
        offices,
        shorts: c.shorts,
      });
    }
  }
  if (aliasOf.size === 0) return out;
  return out.map((n) => {
    const id = n.id.startsWith('new:') ? aliasOf.get(n.id.slice(4)) : undefined;
    const person = id ? doc.index.persons.get(id) : undefined;
    return person ? { ...n, id: person.id, name: person.name, country: person.country, person } : n;
  });
}

function bracketed(doc: Doc, a: Candidate, b: Candidate): boolean {
  const { text, tokens } = doc;
  const between = text.slice(tokens[a.to - 1]!.end, tokens[b.from]!.start);
  return /^\s*\(\s*$/.test(between) && /^\s*\)/.test(text.slice(tokens[b.to - 1]!.end));
}

/** Among homonyms, one holding a claimed office on the reference date, else the first listed. */
function choosePerson(doc: Doc, persons: readonly Person[], offices: readonly string[]): Person {
  const first = persons[0]!;
  if (persons.length === 1 || !doc.reference) return first;
  const ref = doc.reference;
  return (
    persons.find((p) => doc.index.kb.officesOn(p.id, ref).some((o) => offices.includes(o.office))) ??
    persons.find((p) => !p.historical && doc.index.kb.officesOn(p.id, ref).length > 0) ??
    first
  );
}

function resolveOne(
  doc: Doc,
  c: Candidate,
  named: readonly Named[],
  before: readonly EntityPerson[],
  ctx: ResolveContext,
): EntityPerson | null {
  switch (c.kind) {
    case 'known':
    case 'new': {
      const n = named.find((x) => x.from === c.from);
      if (!n) return null;
      const via = c.kind === 'new' ? (n.person ? 'alias' : 'new') : c.via;
      return mention(doc, c, n.id, n.name, n.country, via, c.intro, before);
    }
    case 'short':
      return resolveShort(doc, c, named, before);
    case 'title': {
      const found = resolveTitle(doc, c.intro, c.from, named, before);
      return found ? mention(doc, c, found.id, found.name, found.country, 'title', c.intro, before) : null;
    }
    case 'description': {
      const found = resolveDescription(doc, c, named, before, ctx);
      return found ? mention(doc, c, found.id, found.name, found.country, 'description', null, before) : null;
    }
  }
}

function resolveShort(
  doc: Doc,
  c: Extract<Candidate, { kind: 'short' }>,
  named: readonly Named[],
  before: readonly EntityPerson[],
): EntityPerson | null {
  const known = doc.index.shortNames.get(c.key) ?? [];
  const inArticle = named.filter((n) => n.shorts.includes(c.key));
  const earlier = inArticle.filter((n) => n.from < c.from);
  const asWritten = (): EntityPerson =>
    mention(doc, c, `new:${c.key}`, surface(doc, c.from, c.to), null, 'new', c.intro, before);
  // (b) named in full earlier in the article: the latest such.
  const latest = earlier.at(-1);
  if (latest) return mention(doc, c, latest.id, latest.name, latest.country, 'short', c.intro, before);
  if (c.intro) {
    // (a) after a title: the person the article names anywhere, else the holder of the title, else the only one.
    const later = inArticle[0];
    if (later) return mention(doc, c, later.id, later.name, later.country, 'short', c.intro, before);
    const offices = claimsOf(c.intro).map((x) => x.office);
    const ref = doc.reference;
    const holding = ref
      ? known.filter((r) => doc.index.kb.officesOn(r.person.id, ref).some((o) => offices.includes(o.office)))
      : [];
    const pick = holding.length === 1 ? holding[0] : known.length === 1 ? known[0] : undefined;
    if (pick)
      return mention(doc, c, pick.person.id, pick.person.name, pick.person.country, 'short', c.intro, before);
    // A partial name nobody can expand is kept as written.
    return known.length > 0 ? asWritten() : null;
  }
  // (c) a distinctive given name the base knows for one (Lao) person only.
  const only = known.length === 1 ? known[0] : undefined;
  if (only?.given && only.person.nameOrder === 'lao')
    return mention(doc, c, only.person.id, only.person.name, only.person.country, 'short', null, before);
  // "Cuong said": a partial name the base knows, used alone before a reporting verb, as written.
  if (c.reporting && known.length > 0) return asWritten();
  return null;
}

function resolveTitle(
  doc: Doc,
  intro: Intro,
  at: number,
  named: readonly Named[],
  before: readonly EntityPerson[],
): Who | null {
  const office = claimsOf(intro)[0]?.office;
  if (!office) return null;
  const country = intro.country;
  const fits = (id: string, c: string | null, claimed: readonly string[]) =>
    (!country || c === country) && officesOf(doc, id, claimed).includes(office);
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k]!;
    if (m.personId.startsWith('new:') && m.via !== 'new') continue;
    if (fits(m.personId, m.country, m.claimedOffices ?? []))
      return { id: m.personId, name: m.name, country: m.country };
  }
  const later = named.find((n) => n.from > at && fits(n.id, n.country, n.offices));
  if (later) return later;
  if (country && doc.reference) {
    const holder = doc.index.kb.holdersOn(office, country, doc.reference)[0];
    if (holder) return { id: holder.id, name: holder.name, country: holder.country };
  }
  return null;
}

function mention(
  doc: Doc,
  c: Candidate,
  personId: string,
  name: string,
  country: string | null,
  via: EntityPerson['via'],
  intro: Intro | null,
  before: readonly EntityPerson[],
): EntityPerson {
  const { tokens } = doc;
  const start = tokens[c.from]!.start;
  const end = tokens[c.to - 1]!.end;
  let offices = intro ? intro.claims.filter((x) => !x.qualified).map((x) => x.office) : [];
  // "his Lao counterpart X": X holds the office of the person just named.
  if (offices.length === 0 && intro?.description === 'counterpart') {
    const last = before.at(-1);
    const theirs = last ? officesOf(doc, last.personId, last.claimedOffices ?? []) : [];
    if (theirs[0]) offices = [theirs[0]];
  }
  const intoCountry = country ?? intro?.country ?? null;
  const base: EntityPerson = {
    start,
    end,
    sentence: sentenceAt(doc, start),
    personId,
    name,
    country: intoCountry,
    via,
    ...(offices[0] ? { claimedOffice: offices[0], claimedOffices: offices } : {}),
  };
  if (
    intro &&
    !intro.after &&
    intro.to > intro.from &&
    (via === 'name' || via === 'alias' || via === 'short' || via === 'new')
  )
    return { ...base, titleSpan: { start: tokens[intro.from]!.start, end: tokens[intro.to - 1]!.end } };
  return base;
}
