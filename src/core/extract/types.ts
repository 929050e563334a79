/**
 * Shapes passed between the extraction steps. Every mention is a span into
 * the cleaned document text; steps add to a shared, readonly picture of the
 * document rather than re-reading strings.
 */
import type { KnownLanguage, Span } from '../model/document.ts';
import type { Extraction } from '../model/extraction.ts';

/** What the extractor reads: a cleaned document and the metadata ingest found. */
export interface ExtractInput {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly language: KnownLanguage;
  readonly text: string;
  readonly captions: readonly Span[];
}

export interface Sentence extends Span {
  readonly index: number;
  /** Index of the paragraph (line) the sentence belongs to. */
  readonly paragraph: number;
  /** Photo captions state facts too, but their dates and tenses need care. */
  readonly caption: boolean;
  /** The headline (the title line at the top of the text), when the text starts with it. */
  readonly headline: boolean;
}

/** A person named or described in the text, resolved where possible. */
export interface PersonMention extends Span {
  readonly sentence: number;
  /** Knowledge-base id, or `new:<folded name>` for a person the base does not know. */
  readonly personId: string;
  /** Canonical display name. */
  readonly name: string;
  readonly country: string | null;
  /** Office key claimed by the text around the mention (`prime_minister`), if any. */
  readonly claimedOffice?: string;
  /** Span of the claimed title, for evidence of office conflicts. */
  readonly titleSpan?: Span;
  /** How the mention was found: full name, alias, short name, title + date, or a description like "his Lao counterpart". */
  readonly via: 'name' | 'alias' | 'short' | 'title' | 'description' | 'new';
}

export interface PlaceMention extends Span {
  readonly sentence: number;
  readonly placeId: string | null;
  readonly name: string;
  readonly country: string;
  readonly kind:
    | 'capital'
    | 'municipality'
    | 'province'
    | 'city'
    | 'district'
    | 'region'
    | 'landmark'
    | 'country';
}

export interface CountryMention extends Span {
  readonly sentence: number;
  readonly code: string;
  /** `Vietnam` vs `Vietnamese`: adjectives usually qualify a person or a side. */
  readonly adjective: boolean;
}

/**
 * An extractor turns one document into the interchange format. The shipped
 * default is rule-based, offline and deterministic; a statistical or
 * LLM-backed one can be registered beside it.
 */
export interface Extractor {
  readonly name: string;
  /** Stamped on stored extractions so improved rules can re-run over old documents. */
  readonly version: string;
  extract(input: ExtractInput): Extraction;
}
