/**
 * Dates, status and place of each mention. A date comes from the sentence:
 * an opening adverbial ("On February 5, …") or a time expression close to
 * the trigger; failing that, from the story the sentence continues (the
 * latest dated mention so far), unless the sentence speaks of the past.
 * Status is `planned` when the sentence speaks of the future or the date
 * lies after the stated publication date.
 */
import type { Location } from '../../model/extraction.ts';
import type { PersonMention } from '../types.ts';
import type { Assigned } from './02-participants.ts';
import { findPrincipals } from './02-participants.ts';
import { anyMatch } from './data.ts';
import type { Candidate, EventContext, TimeRef } from './types.ts';

/** How far (characters) a time expression may stand from its trigger, unless it opens the sentence. */
const NEAR = 90;
const OPENING = 35;
const CLAUSE_BREAK = /[,;]|\bas well as\b/;

export function placeAndDate(ctx: EventContext, assigned: readonly Assigned[]): Candidate[] {
  const out: Candidate[] = [];
  const principals = findPrincipals(ctx.persons);
  let story: Candidate | undefined;
  // Tense and time cues belong to the sentence: read them once per sentence, not once per trigger.
  const cues = new Map<number, { past: boolean; future: boolean; within: Candidate['within'] }>();
  const cuesOf = (index: number, text: string) => {
    let c = cues.get(index);
    if (!c) {
      c = {
        past: anyMatch(ctx.vocabulary.past, text),
        future: anyMatch(ctx.vocabulary.planned, text),
        within: withinType(ctx, text),
      };
      cues.set(index, c);
    }
    return c;
  };
  for (const { trigger, participants, hosts, visitors, split } of assigned) {
    const sentence = ctx.sentences[trigger.sentence]!;
    const text = ctx.text.slice(sentence.start, sentence.end);
    // Only another mention of the same kind competes for a date ("the upcoming visit to Laos ... the recent visit to
    // Vietnam from January 26 to 27"); coordinated verbs share theirs ("is visiting and co-chairing ... from December 4–6").
    const rivals = assigned
      .filter(
        (a) =>
          a.trigger.sentence === trigger.sentence && a.trigger !== trigger && a.trigger.type === trigger.type,
      )
      .map((a) => a.trigger);
    const time = nearestTime(ctx, trigger, rivals, sentence.start, sentence.end);
    const { past, future, within } = cuesOf(trigger.sentence, text);
    const candidate: Candidate = {
      type: trigger.type,
      sentence: trigger.sentence,
      trigger,
      participants,
      hosts,
      visitors,
      anaphoric: trigger.anaphoric,
      split,
      start: time?.from ?? null,
      end: time?.to ?? null,
      dated: time !== undefined,
      status: 'held',
      location: null,
      destination: null,
      within,
      confidence: 0.6,
    };
    if (!time && story && !past) {
      // Captions rarely carry a day: keep the month of the story they illustrate.
      candidate.start = sentence.caption ? (story.start?.slice(0, 7) ?? null) : story.start;
      candidate.end = sentence.caption ? ((story.end ?? story.start)?.slice(0, 7) ?? null) : story.end;
    }
    const afterPublication =
      ctx.published !== null && candidate.start !== null && candidate.start > ctx.published;
    candidate.status = future || (afterPublication && candidate.dated) ? 'planned' : 'held';
    // "During her stay" refers to a visit already told: it takes that visit's host when merged.
    if (trigger.type === 'visit' && !trigger.anaphoric) fillVisit(ctx, candidate, principals);
    candidate.location = locate(
      ctx,
      candidate,
      story,
      out.filter((o) => o.sentence === candidate.sentence),
    );
    if (trigger.type === 'session') describeSession(ctx, candidate, text);
    candidate.confidence =
      (time ? 0.3 : 0.15) + (participants.length ? 0.3 : 0.1) + (candidate.location ? 0.2 : 0.1);
    out.push(candidate);
    if (candidate.dated && !past && advances(story, candidate)) story = candidate;
  }
  return out;
}

/** A story moves forward: a flashback ("their visit at the end of January") does not become the scene. */
function advances(story: Candidate | undefined, next: Candidate): boolean {
  if (!story?.start) return true;
  if (!next.start || next.start.length < story.start.length) return false;
  return next.start >= story.start;
}

/**
 * The time expression that belongs to a trigger: the closest one (a date after
 * the trigger is the usual order, one before costs a little more), unless
 * another trigger in the sentence stands closer to it; an opening adverbial
 * ("On February 5, …") belongs to every trigger.
 */
function nearestTime(
  ctx: EventContext,
  trigger: { start: number; end: number },
  rivals: readonly { start: number; end: number }[],
  lo: number,
  hi: number,
): TimeRef | undefined {
  const distanceTo = (tr: { start: number; end: number }, t: TimeRef) =>
    t.start >= tr.end ? t.start - tr.end : Math.max(0, tr.start - t.end) * 1.5;
  let best: TimeRef | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const t of ctx.times) {
    if (t.start < lo || t.end > hi || t.kind === 'deadline' || t.kind === 'period') continue;
    const distance = distanceTo(trigger, t);
    const opening = t.start - lo < OPENING;
    if (distance > NEAR * 1.5 && !opening) continue;
    // A date before the trigger belongs to it only inside one clause ("achieved in December 2025, as well as … visit").
    if (!opening && t.end <= trigger.start && CLAUSE_BREAK.test(ctx.text.slice(t.end, trigger.start)))
      continue;
    if (!opening && rivals.some((r) => distanceTo(r, t) < distance)) continue;
    if (distance < bestDistance) {
      best = t;
      bestDistance = distance;
    }
  }
  return best;
}

function withinType(ctx: EventContext, text: string): Candidate['within'] {
  for (const pattern of ctx.vocabulary.within) {
    pattern.lastIndex = 0;
    const m = pattern.exec(text);
    if (!m) continue;
    const after = text.slice(m.index, m.index + m[0].length + 30).toLowerCase();
    if (/\btalks\b/.test(after)) return 'talks';
    if (/\b(session|meeting)\b/.test(after)) return 'session';
    return 'visit';
  }
  return null;
}

/**
 * The host country and the visitors of a visit. The host is a country named
 * at the trigger ("visit to Laos", "Vietnam visit"), else the country of the
 * persons who invited, else the other side of the named visitors. Visitors
 * are the participants from the other side, or that side's principal.
 */
function fillVisit(ctx: EventContext, c: Candidate, principals: readonly PersonMention[]): void {
  // A country inside the trigger ("visits Vietnam") or right after it ("visit to Laos") first, then right before ("Vietnam visit").
  const rank = (m: { start: number }) => (m.start >= c.trigger.start ? 0 : 1);
  const named = ctx.countries
    .filter(
      (m) => m.sentence === c.sentence && m.start >= c.trigger.start - 25 && m.end <= c.trigger.end + 15,
    )
    .filter((m) => !ownsPerson(ctx, m))
    .sort((a, b) => rank(a) - rank(b))[0];
  const other = (code: string | null | undefined) =>
    code && ctx.pair
      ? ctx.pair[0] === code
        ? ctx.pair[1]
        : ctx.pair[1] === code
          ? ctx.pair[0]
          : null
      : null;
  const guest = c.visitors[0]?.country;
  c.destination =
    named?.code ??
    c.hosts[0]?.country ??
    other(guest) ??
    sideless(ctx, c) ??
    other(c.participants[0]?.country) ??
    null;
  const visitors = c.participants.filter((p) => p.country !== c.destination);
  const principal = principals.find((p) => p.country !== c.destination && p.country !== null);
  const kept = visitors.length ? visitors : principal && c.destination ? [principal] : c.participants;
  (c as { participants: readonly PersonMention[] }).participants = kept;
}

/** With no person to go by, the place of the sentence or the dateline tells where the visit is. */
function sideless(ctx: EventContext, c: Candidate): string | null {
  if (c.participants.length > 0) return null;
  const place = ctx.places.find((p) => p.sentence === c.sentence && p.kind !== 'country');
  return place?.country ?? ctx.dateline?.country ?? null;
}

/** "Lao NA Chairwoman Pany": an adjective in or right before a person's title qualifies the person, not the visit. */
function ownsPerson(ctx: EventContext, m: { start: number; end: number }): boolean {
  return ctx.persons.some((p) => {
    const from = p.titleSpan?.start ?? p.start;
    return (m.start >= from && m.end <= p.end) || (from - m.end >= 0 && from - m.end < 3);
  });
}

function locate(
  ctx: EventContext,
  c: Candidate,
  story: Candidate | undefined,
  siblings: readonly Candidate[],
): Location | null {
  const places = ctx.places.filter((p) => p.sentence === c.sentence && p.kind !== 'country');
  const inCountry = c.destination ? places.filter((p) => p.country === c.destination) : places;
  // A place after the trigger ("inaugurated ... in Houaphanh") is the usual order; one before costs more.
  const cost = (p: { start: number }) =>
    p.start >= c.trigger.end ? p.start - c.trigger.end : (c.trigger.start - p.start) * 2;
  const place = [...inCountry].sort((a, b) => cost(a) - cost(b))[0];
  if (place) return { name: place.name, country: place.country };
  const visitHere = siblings.find((o) => o.type === 'visit' && o.destination);
  if (visitHere) return { name: null, country: visitHere.destination };
  if (c.destination) return { name: null, country: c.destination };
  if (!c.dated && story?.location && c.start === story.start) return story.location;
  if (ctx.dateline && c.start && ctx.reference && Math.abs(daysBetween(c.start, ctx.reference)) <= 3) {
    return { name: ctx.dateline.name, country: ctx.dateline.country };
  }
  return null;
}

function describeSession(ctx: EventContext, c: Candidate, text: string): void {
  let ordinal: number | undefined;
  for (const pattern of ctx.vocabulary.ordinalPatterns) {
    pattern.lastIndex = 0;
    const m = pattern.exec(text);
    if (m?.[1]) {
      ordinal = Number(m[1]);
      break;
    }
  }
  ordinal ??= Object.entries(ctx.vocabulary.ordinals).find(([w]) =>
    new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'iu').test(text),
  )?.[1];
  if (ordinal !== undefined && ordinal > 0 && ordinal < 500) c.ordinal = ordinal;
  const mechanism = ctx.vocabulary.mechanisms.find((m) => {
    m.pattern.lastIndex = 0;
    return m.pattern.test(text);
  });
  if (mechanism) c.mechanism = mechanism.name;
}

function daysBetween(a: string, b: string): number {
  const pad = (d: string) => (d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d);
  return (Date.parse(pad(a)) - Date.parse(pad(b))) / 86_400_000;
}
