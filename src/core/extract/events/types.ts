import type { Span } from '../../model/document.ts';
import type { EventType, Location } from '../../model/extraction.ts';
import type { CountryMention, PersonMention, PlaceMention, Sentence } from '../types.ts';
import type { EventVocabulary } from './data.ts';

/** A resolved time expression, offsets into the document text (see core/extract/time). */
export interface TimeRef extends Span {
  readonly kind: 'date' | 'range' | 'period' | 'deadline';
  readonly from: string;
  readonly to: string;
  readonly precision: 'day' | 'month' | 'year';
  readonly relative: boolean;
}

/** Everything the event steps read; built once per document. */
export interface EventContext {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly persons: readonly PersonMention[];
  readonly places: readonly PlaceMention[];
  readonly countries: readonly CountryMention[];
  readonly times: readonly TimeRef[];
  readonly reference: string | null;
  /** The publication date as the source states it (not inferred): only it can make a dated event `planned`. */
  readonly published: string | null;
  /** The two countries the article is about, most mentioned first. */
  readonly pair: readonly [string, string] | null;
  /** The place of a dateline (`VIENTIANE —`), if the text opens with one. */
  readonly dateline: PlaceMention | undefined;
  readonly vocabulary: EventVocabulary;
}

export interface Trigger extends Span {
  readonly type: EventType;
  readonly sentence: number;
  /** Only an event when a person is its object ("received X"). */
  readonly needsObject: boolean;
  /** Refers back to an event already told ("the visit", "during the talks"). */
  readonly anaphoric: boolean;
}

/** One mention of an event in one sentence, before mentions are merged. */
export interface Candidate {
  readonly type: EventType;
  readonly sentence: number;
  readonly trigger: Span;
  readonly participants: readonly PersonMention[];
  /** Persons named as hosts ("at the invitation of X") or visitors ("a visit by X"). */
  readonly hosts: readonly PersonMention[];
  readonly visitors: readonly PersonMention[];
  readonly anaphoric: boolean;
  readonly split: boolean;
  start: string | null;
  end: string | null;
  /** Whether the date came from the sentence itself rather than from context. */
  dated: boolean;
  status: 'held' | 'planned';
  location: Location | null;
  /** For visits: the host country. */
  destination: string | null;
  /** `during the visit` / `after the talks`: the event this one happened inside. */
  within: EventType | null;
  ordinal?: number;
  mechanism?: string;
  confidence: number;
}
