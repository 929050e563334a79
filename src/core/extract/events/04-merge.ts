/**
 * Merges the mentions of one happening inside one article: the talks named
 * in the lead, in "during the talks" and in a caption are one event. Two
 * mentions merge when type, dates, place, ordinal and participants agree;
 * mentions split on purpose in one sentence never merge.
 */
import type { Event } from '../../model/extraction.ts';
import type { PersonMention } from '../types.ts';
import type { Candidate } from './types.ts';

export interface Group {
  readonly members: Candidate[];
  readonly persons: Map<string, PersonMention>;
}

export function inheritFromContainer(candidates: readonly Candidate[]): void {
  for (const c of candidates) {
    if (!c.within || c.type === c.within) continue;
    const before = [...candidates]
      .reverse()
      .filter((o) => o.type === c.within && o.sentence <= c.sentence && !o.anaphoric);
    const container =
      before.find((o) => o.dated) ?? candidates.find((o) => o.type === c.within && o.dated) ?? before[0];
    if (!container) continue;
    if (!c.dated && container.start) {
      c.start = container.start;
      c.end = container.end;
      if (container.status === 'planned') c.status = 'planned';
    }
    if (!c.location || (!c.location.name && container.location?.name)) c.location = container.location;
  }
}

export function mergeMentions(candidates: readonly Candidate[]): Group[] {
  const groups: Group[] = [];
  for (const c of candidates) {
    const group = (c.anaphoric ? latest(groups, c) : undefined) ?? groups.find((g) => compatible(g, c));
    if (group) {
      group.members.push(c);
      for (const p of c.participants) if (!group.persons.has(p.personId)) group.persons.set(p.personId, p);
    } else {
      groups.push({ members: [c], persons: new Map(c.participants.map((p) => [p.personId, p])) });
    }
  }
  return groups;
}

/** "During the visit", "the talks": the most recent event of that type, whatever the mention's own details. */
function latest(groups: readonly Group[], c: Candidate): Group | undefined {
  let best: Group | undefined;
  for (const g of groups) {
    const head = g.members[0]!;
    if (head.type !== c.type || g.members.some((m) => m.sentence === c.sentence)) continue;
    if (c.destination && head.destination && c.destination !== head.destination) continue;
    const last = Math.max(...g.members.map((m) => m.sentence));
    if (!best || last > Math.max(...best.members.map((m) => m.sentence))) best = g;
  }
  return best;
}

/**
 * A visit's delegation: persons of the visiting side who take part in the
 * events held in the host country during the visit ("attending the talks
 * with General Secretary X were Prime Minister Y and ...").
 */
export function absorbDelegations(groups: readonly Group[]): void {
  for (const visit of groups) {
    const head = visit.members[0]!;
    const host = head.destination;
    if (head.type !== 'visit' || !host) continue;
    for (const other of groups) {
      if (other === visit || other.members[0]!.type === 'visit') continue;
      const country = other.members.find((m) => m.location?.country)?.location?.country;
      if (country && country !== host) continue;
      if (!other.members.some((m) => visit.members.some((v) => datesOverlap(v, m)) && m.start)) continue;
      const guests = [...other.persons.values()].filter((p) => p.country !== host && p.country !== null);
      if (!guests.some((p) => visit.persons.has(p.personId))) continue;
      for (const p of guests) if (!visit.persons.has(p.personId)) visit.persons.set(p.personId, p);
    }
  }
}

function compatible(g: Group, c: Candidate): boolean {
  const head = g.members[0]!;
  if (head.type !== c.type) return false;
  // Two triggers of one type in one sentence are one event ("inaugurated at a ceremony"), unless split on purpose or placed apart.
  const sibling = g.members.find((m) => m.sentence === c.sentence);
  if (sibling) return !c.split && !sibling.split && samePlace(sibling, c);
  if (!g.members.every((m) => datesOverlap(m, c))) return false;
  const countries = g.members.map((m) => m.location?.country).filter(Boolean);
  if (c.location?.country && countries.length && !countries.includes(c.location.country)) return false;
  const names = g.members.map((m) => m.location?.name).filter(Boolean);
  if (c.type === 'ceremony' && c.location?.name && names.length && !names.includes(c.location.name))
    return false;
  if (c.ordinal && g.members.some((m) => m.ordinal && m.ordinal !== c.ordinal)) return false;
  if (c.destination && g.members.some((m) => m.destination && m.destination !== c.destination)) return false;
  return participantsAgree(
    [...g.persons.keys()],
    c.participants.map((p) => p.personId),
  );
}

function samePlace(a: Candidate, b: Candidate): boolean {
  return !a.location?.name || !b.location?.name || a.location.name === b.location.name;
}

function participantsAgree(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const shared = a.filter((x) => b.includes(x)).length;
  if (shared === 0) return false;
  return shared === a.length || shared === b.length || shared >= 2;
}

function datesOverlap(a: Candidate, b: Candidate): boolean {
  if (!a.start || !b.start) return true;
  const [a0, a1] = bounds(a.start, a.end);
  const [b0, b1] = bounds(b.start, b.end);
  return a0 <= b1 && b0 <= a1;
}

function bounds(start: string, end: string | null): [string, string] {
  const lo = start.length === 4 ? `${start}-01-01` : start.length === 7 ? `${start}-01` : start;
  const e = end ?? start;
  const hi = e.length === 4 ? `${e}-12-31` : e.length === 7 ? `${e}-31` : e;
  return [lo, hi];
}

/** One event per group: the most precise date, the most precise place, every participant. */
export function toEvent(g: Group, sentenceOf: (i: number) => { start: number; end: number }): Event {
  const dated = g.members.filter((m) => m.start);
  const best =
    [...dated].sort((a, b) => precision(b) - precision(a) || Number(b.dated) - Number(a.dated))[0] ??
    g.members[0]!;
  const located = g.members.find((m) => m.location?.name) ?? g.members.find((m) => m.location);
  const held = g.members.some((m) => m.status === 'held' && m.dated);
  const status = held ? 'held' : best.status;
  const ordinal = g.members.find((m) => m.ordinal)?.ordinal;
  const mechanism = g.members.find((m) => m.mechanism)?.mechanism;
  const evidence = sentenceOf(best.sentence);
  const confidence = Math.min(
    0.95,
    Math.max(...g.members.map((m) => m.confidence)) + 0.05 * (g.members.length - 1),
  );
  return {
    type: best.type,
    start: best.start,
    end: best.end ?? best.start,
    location: located?.location ?? null,
    participants: [...g.persons.values()].map((p) => p.name),
    status,
    ...(ordinal ? { ordinal } : {}),
    ...(mechanism ? { mechanism } : {}),
    evidence: { start: evidence.start, end: evidence.end },
    confidence: Number(confidence.toFixed(2)),
  };
}

function precision(c: Candidate): number {
  const s = c.start ?? '';
  return (
    (s.length === 10 ? 3 : s.length === 7 ? 2 : s.length === 4 ? 1 : 0) +
    (c.end && c.end !== c.start ? 0.5 : 0)
  );
}
