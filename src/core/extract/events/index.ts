/**
 * Events of one article, from sentences, entities and times:
 * triggers → who takes part → when, where, held or planned → one event per happening.
 */
import type { Event } from '../../model/extraction.ts';
import { findTriggers } from './01-triggers.ts';
import { assignParticipants } from './02-participants.ts';
import { placeAndDate } from './03-when-where.ts';
import { absorbDelegations, inheritFromContainer, mergeMentions, toEvent } from './04-merge.ts';
import type { EventContext } from './types.ts';

export type { EventContext, TimeRef } from './types.ts';

export function extractEvents(ctx: EventContext): Event[] {
  const triggers = findTriggers(ctx); // 01: phrases that name an event, by type
  const assigned = assignParticipants(ctx, triggers); // 02: subject and objects around each trigger
  const candidates = placeAndDate(ctx, assigned); // 03: date, status, place per mention
  inheritFromContainer(candidates); // "during the visit": take the container's date and place
  const groups = mergeMentions(candidates); // 04: one group per happening
  absorbDelegations(groups); // a visit's delegation takes part in what it attends
  return groups.map((g) => toEvent(g, (i) => ctx.sentences[i]!));
}
