/**
 * Who takes part in each triggered event. In a sentence the persons before
 * the first trigger are its subject; the persons after a trigger, up to the
 * next one, are that trigger's objects ("held talks with X, paid courtesy
 * calls to Y and Z, and met W"). A sentence without a subject continues the
 * previous one's ("He also met ..."). A meeting with several hosts on one
 * side is one meeting per host, as the annotation rules count them.
 */
import type { PersonMention } from '../types.ts';
import { anyMatch } from './data.ts';
import type { EventContext, Trigger } from './types.ts';

/** A verb like "received" takes as object a person named within this many characters after it. */
const OBJECT_REACH = 60;

export interface Assigned {
  readonly trigger: Trigger;
  readonly participants: readonly PersonMention[];
  readonly hosts: readonly PersonMention[];
  readonly visitors: readonly PersonMention[];
  /** One of several meetings a sentence names on purpose ("met X and Y"): never merged with its siblings. */
  readonly split: boolean;
}

export function assignParticipants(ctx: EventContext, triggers: readonly Trigger[]): Assigned[] {
  const out: Assigned[] = [];
  const principals = findPrincipals(ctx.persons);
  let lastSubject: readonly PersonMention[] = [];
  for (const sentence of ctx.sentences) {
    const here = ctx.persons.filter((p) => p.sentence === sentence.index);
    const inSentence = triggers.filter((t) => t.sentence === sentence.index);
    const first = inSentence[0];
    let subject: readonly PersonMention[] = first ? here.filter((p) => p.end <= first.start) : here;
    const text = ctx.text.slice(sentence.start, sentence.end);
    if (subject.length === 0 && anyMatch(ctx.vocabulary.pairReference, text)) subject = principals;
    if (subject.length === 0 && first) subject = lastSubject;
    // Hosts only matter to a trigger of this sentence; most sentences have none.
    const hosts = first ? personsAfter(ctx.vocabulary.invitation, sentence.start, text, here) : [];
    inSentence.forEach((trigger, i) => {
      const next = inSentence[i + 1]?.start ?? sentence.end;
      const objects = here.filter((p) => p.start >= trigger.end && p.start < next);
      if (
        trigger.needsObject &&
        !objects.some((p) => (p.titleSpan?.start ?? p.start) - trigger.end < OBJECT_REACH)
      )
        return;
      const visitors = trigger.type === 'visit' ? markedVisitors(ctx, trigger, objects) : [];
      if (trigger.type === 'meeting' && objects.length > 1 && sameSide(objects)) {
        for (const object of objects)
          out.push({ trigger, participants: unique([...subject, object]), hosts, visitors, split: true });
      } else {
        out.push({ trigger, participants: unique([...subject, ...objects]), hosts, visitors, split: false });
      }
    });
    if (subject.length > 0) lastSubject = subject;
    else if (here.length > 0) lastSubject = here.slice(0, 1);
  }
  return out;
}

/** Persons named right after a cue ("at the invitation of Prime Minister X"). */
function personsAfter(
  cues: readonly RegExp[],
  offset: number,
  text: string,
  persons: readonly PersonMention[],
): PersonMention[] {
  const out: PersonMention[] = [];
  for (const cue of cues) {
    cue.lastIndex = 0;
    for (let m = cue.exec(text); m; m = cue.exec(text)) {
      const at = offset + m.index + m[0].length;
      const first = persons.find((p) => p.start >= at && p.start - at < 80);
      if (first) out.push(first);
    }
  }
  return out;
}

/** "a state visit by General Secretary X", "the visit of X": the person after by/of is the visitor. */
function markedVisitors(
  ctx: EventContext,
  trigger: Trigger,
  objects: readonly PersonMention[],
): PersonMention[] {
  return objects.filter((p) => {
    const between = ctx.text.slice(trigger.end, p.titleSpan?.start ?? p.start);
    return between.length < 60 && anyMatch(ctx.vocabulary.visitorMarker, between);
  });
}

/** The first-named person of each of the two sides: who "the two leaders" are. */
export function findPrincipals(persons: readonly PersonMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (const p of persons) {
    if (out.some((o) => o.country === p.country || o.personId === p.personId)) continue;
    out.push(p);
    if (out.length === 2) break;
  }
  return out;
}

const sameSide = (persons: readonly PersonMention[]) => new Set(persons.map((p) => p.country)).size === 1;

function unique(persons: readonly PersonMention[]): PersonMention[] {
  const seen = new Set<string>();
  return persons.filter((p) => !seen.has(p.personId) && seen.add(p.personId));
}
