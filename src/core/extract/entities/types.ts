/**
 * What entity finding returns, and the document context its steps share.
 * Mentions are spans into the cleaned text (see ../types.ts).
 */
import type { Person } from '../../../kb/schema.ts';
import type { Flag } from '../../model/extraction.ts';
import type { CountryMention, PersonMention, PlaceMention, Sentence } from '../types.ts';
import type { EntityIndex } from './gazetteer.ts';
import type { DescriptionKind } from './lexicon.ts';
import type { Match } from './match.ts';
import type { Token } from './tokens.ts';

/** A person mention; `claimedOffices` lists every office the title before it names (`General Secretary and President`). */
export interface EntityPerson extends PersonMention {
  readonly claimedOffices?: readonly string[];
}

/** A place mention; `dateline` marks the place an article opens with (`VIENTIANE —`, `Hanoi (VNA) –`). */
export interface EntityPlace extends PlaceMention {
  readonly dateline?: boolean;
}

export interface OrganisationMention {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly orgId: string;
  readonly name: string;
}

export interface Entities {
  readonly persons: EntityPerson[];
  readonly places: EntityPlace[];
  readonly countries: CountryMention[];
  readonly organisations: OrganisationMention[];
  readonly flags: Flag[];
}

/** One document as the steps see it. */
export interface Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly index: EntityIndex;
  readonly sentences: readonly Sentence[];
  readonly reference: string | null;
  /** The knowledge-base match starting at each token, if any (longest, left to right). */
  readonly at: readonly (Match | undefined)[];
}

/** Offices named by a title before (or, `after`, in apposition after) a name. */
export interface Claim {
  readonly office: string;
  /** A modifier (`Vice`, `former`) or a complement (`of the Ministry ...`) makes it another office. */
  readonly qualified: boolean;
}

/**
 * What stands before a name and says who they are: titles, honorifics, roles,
 * a description ("his Lao counterpart"), with the country they name.
 */
export interface Intro {
  /** Token range [from, to). */
  readonly from: number;
  readonly to: number;
  readonly claims: readonly Claim[];
  readonly country: string | null;
  /** Contains an office title (not only honorifics or roles). */
  readonly titled: boolean;
  readonly description: DescriptionKind | null;
  /** Written after the name, in apposition: informs but is not checked against the base. */
  readonly after: boolean;
}

/** Something that may be a person, before resolution. Token ranges [from, to). */
export type Candidate =
  | {
      readonly kind: 'known';
      readonly from: number;
      readonly to: number;
      /** Homonyms are possible: resolution picks one. */
      readonly persons: readonly Person[];
      readonly via: 'name' | 'alias';
      readonly intro: Intro | null;
    }
  | {
      readonly kind: 'new';
      readonly from: number;
      readonly to: number;
      readonly intro: Intro | null;
      readonly country: string | null;
      /** Folded keys of its partial forms, for later short mentions. */
      readonly shorts: readonly string[];
    }
  | {
      readonly kind: 'short';
      readonly from: number;
      readonly to: number;
      readonly key: string;
      readonly intro: Intro | null;
      readonly reporting: boolean;
    }
  | { readonly kind: 'title'; readonly from: number; readonly to: number; readonly intro: Intro }
  | {
      readonly kind: 'description';
      readonly from: number;
      readonly to: number;
      readonly description: DescriptionKind;
      readonly country: string | null;
    };

/** A person the article names in full (known or new), found before resolution. */
export interface Named {
  readonly id: string;
  readonly name: string;
  readonly country: string | null;
  readonly person: Person | null;
  readonly from: number;
  readonly offices: readonly string[];
  readonly shorts: readonly string[];
}

export interface ResolveContext {
  /** The two countries of the article (`VN`, `LA`), when known. */
  readonly pair: readonly [string, string] | null;
  /** Where the article's events take place: the dateline's country, else the first place's. */
  readonly hostCountry: string | null;
}

/** Who a title or description turned out to be. */
export type Who = { readonly id: string; readonly name: string; readonly country: string | null };
