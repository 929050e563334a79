/**
 * Dates, status and place of each mention. A date comes from the sentence
 * (the time expression nearest the trigger); failing that, from the story
 * the sentence continues (the last dated mention before it), unless the
 * sentence speaks of the past ("recent", "last year"). Status is `planned`
 * when the sentence speaks of the future or the date lies after publication.
 */
import type { Location } from '../../model/extraction.ts';
import type { Assigned } from './02-participants.ts';
import { anyMatch } from './data.ts';
import type { Candidate, EventContext, TimeRef } from './types.ts';

export function placeAndDate(ctx: EventContext, assigned: readonly Assigned[]): Candidate[] {
  const out: Candidate[] = [];
  let story: Candidate | undefined;
  for (const { trigger, participants } of assigned) {
    const sentence = ctx.sentences[trigger.sentence]!;
    const text = ctx.text.slice(sentence.start, sentence.end);
    const time = nearestTime(ctx, trigger.start, trigger.end, sentence.start, sentence.end);
    const past = anyMatch(ctx.vocabulary.past, text);
    const within = withinType(ctx, text);
    const candidate: Candidate = {
      type: trigger.type,
      sentence: trigger.sentence,
      trigger,
      participants,
      start: time?.from ?? null,
      end: time?.to ?? null,
      dated: time !== undefined,
      status: 'held',
      location: null,
      destination: null,
      within,
      confidence: 0.6,
    };
    if (!time && story && !past && !sentence.caption) {
      candidate.start = story.start;
      candidate.end = story.end;
    } else if (!time && story && sentence.caption && story.start) {
      // Captions rarely carry a day: keep the month of the story they illustrate.
      candidate.start = story.start.slice(0, 7);
      candidate.end = (story.end ?? story.start).slice(0, 7);
    }
    const future = anyMatch(ctx.vocabulary.planned, text);
    const afterPublication = ctx.reference !== null && candidate.start !== null && candidate.start > ctx.reference;
    candidate.status = future || (afterPublication && candidate.dated) ? 'planned' : 'held';
    candidate.destination = trigger.type === 'visit' ? destinationOf(ctx, candidate) : null;
    candidate.location = locate(ctx, candidate, story);
    if (trigger.type === 'session') describeSession(ctx, candidate, text);
    candidate.confidence = (time ? 0.3 : 0.15) + (participants.length ? 0.3 : 0.1) + (candidate.location ? 0.2 : 0.1);
    out.push(candidate);
    if (candidate.dated && !past) story = candidate;
  }
  return out;
}

function nearestTime(ctx: EventContext, from: number, to: number, lo: number, hi: number): TimeRef | undefined {
  let best: TimeRef | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const t of ctx.times) {
    if (t.start < lo || t.end > hi || t.kind === 'deadline' || t.kind === 'period') continue;
    // A date after the trigger ("held talks ... on February 5") is the usual order; before it costs a little more.
    const distance = t.start >= to ? t.start - to : (from - t.end) * 1.5;
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
    if (/\bsession|meeting\b/.test(after)) return 'session';
    return 'visit';
  }
  return null;
}

/** The host country of a visit: a country named right around the trigger, else the other side of the visitor. */
function destinationOf(ctx: EventContext, c: Candidate): string | null {
  const near = ctx.countries
    .filter((m) => m.sentence === c.sentence && Math.abs(m.start - c.trigger.end) < 40)
    .filter((m) => !ctx.persons.some((p) => p.start >= m.end && p.start - m.end < 40 && m.adjective));
  const visitorCountries = new Set(c.participants.map((p) => p.country));
  const named = near.find((m) => !visitorCountries.has(m.code)) ?? near[0];
  if (named) return named.code;
  const visitor = c.participants[0]?.country;
  if (visitor && ctx.pair) return ctx.pair[0] === visitor ? ctx.pair[1] : ctx.pair[0];
  return ctx.dateline?.country ?? null;
}

function locate(ctx: EventContext, c: Candidate, story: Candidate | undefined): Location | null {
  const places = ctx.places.filter((p) => p.sentence === c.sentence && p.kind !== 'country');
  const inCountry = c.destination ? places.filter((p) => p.country === c.destination) : places;
  const place = inCountry.sort((a, b) => Math.abs(a.start - c.trigger.start) - Math.abs(b.start - c.trigger.start))[0];
  if (place) return { name: place.name, country: place.country };
  if (c.destination) return { name: null, country: c.destination };
  if (!c.dated && story?.location) return story.location;
  if (ctx.dateline && c.start && ctx.reference && Math.abs(daysBetween(c.start, ctx.reference)) <= 3) {
    return { name: ctx.dateline.name, country: ctx.dateline.country };
  }
  return null;
}

function describeSession(ctx: EventContext, c: Candidate, text: string): void {
  const local = text;
  const digits = /\b(\d+)(?:st|nd|rd|th)\b/.exec(local);
  const word = Object.entries(ctx.vocabulary.ordinals).find(([w]) => new RegExp(`\\b${w}\\b`, 'i').test(local));
  const ordinal = digits ? Number(digits[1]) : word?.[1];
  if (ordinal !== undefined && ordinal > 0 && ordinal < 500) c.ordinal = ordinal;
  const mechanism = ctx.vocabulary.mechanisms.find((m) => {
    m.pattern.lastIndex = 0;
    return m.pattern.test(local);
  });
  if (mechanism) c.mechanism = mechanism.name;
}

function daysBetween(a: string, b: string): number {
  const pad = (d: string) => (d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d);
  return (Date.parse(pad(a)) - Date.parse(pad(b))) / 86_400_000;
}
