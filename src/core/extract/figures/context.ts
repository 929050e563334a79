/**
 * What the figure and commitment readers are given (one sentence and what is
 * already known about it) and the intermediate shapes they pass along. All
 * spans are offsets local to the sentence unless a name says otherwise.
 */
import type { Span } from '../../model/document.ts';

/** A resolved time mention (the time module's output, local offsets). */
export interface TimeMention extends Span {
  readonly kind: 'date' | 'range' | 'period' | 'deadline';
  /** ISO date, partial or full (`2018`, `2018-01`, `2018-01-01`). */
  readonly from: string;
  readonly to: string;
  readonly precision: 'day' | 'month' | 'year';
}

/** A country named in the sentence, by name or adjective (`Laos`, `Lao`). */
export interface CountryInSentence extends Span {
  readonly code: string;
}

export interface SentenceContext {
  /** The sentence. */
  readonly text: string;
  /** Its start in the document text: evidence = offset + local span. */
  readonly offset: number;
  readonly language: 'en' | 'vi' | 'lo';
  /** Publication date (`YYYY-MM-DD` or partial), for present-tense figures. */
  readonly reference: string | null;
  readonly times: readonly TimeMention[];
  readonly countries: readonly CountryInSentence[];
  /** The two countries of the article, e.g. ['VN','LA'], when known. */
  readonly pair: readonly [string, string] | null;
}

export type Qualifier = 'exact' | 'over' | 'under' | 'about';
export type AmountKind = 'money' | 'percent' | 'count' | 'measure';

/** A number with its unit and qualifier, as written. */
export interface Amount extends Span {
  /** Value in base units (3 billion → 3000000000; 9.8 percent → 9.8). */
  readonly value: number;
  /** Upper end of a range ("10-15 percent"). */
  readonly valueMax?: number;
  /** `USD`, `VND` … for money, `percent`, `count`, or a measure unit (`MW`, `tonnes`). */
  readonly unit: string;
  readonly kind: AmountKind;
  readonly qualifier: Qualifier;
  /** The digits alone, without currency, scale or unit. */
  readonly number: Span;
  /** The qualifier words ("more than"), when there are any. */
  readonly qualifierSpan?: Span;
}

/** How an amount was tied to its metric; sets the confidence. */
export type Binding = 'noun' | 'cue' | 'cue-after' | 'weak' | 'growth' | 'anaphora' | 'sentence';

/**
 * What the sentences before tell the next one: the metric of the last money
 * figure ("In 2018, the figure rose to …") and the last period a time stated
 * ("… increased by 19 percent last year. … Two-way trade surpassed … 1.25 billion").
 */
export interface Carry {
  readonly metric: string | null;
  readonly period: string | null;
}

/** What governs an amount: reported as measured, aimed at, forecast, or the start of a target ("from X to Y"). */
export type Mode = 'figure' | 'target' | 'forecast';

/** An amount with everything read around it: what findFigures and findCommitments build on. */
export interface BoundAmount {
  readonly amount: Amount;
  readonly metric: string;
  readonly binding: Binding;
  /** The metric words, local span. */
  readonly cue: Span | null;
  readonly clause: Span;
  readonly mode: Mode;
  /** The target phrase governing the amount ("aim to", "raise … to"), local span. */
  readonly modeCue: Span | null;
  readonly period: string | null;
  /** Where the period came from; `carried` = the period stated in the sentence before. */
  readonly periodSource: 'time' | 'cumulative' | 'present' | 'carried' | 'unplaced' | 'none';
  readonly from: string | null;
  readonly to: string | null;
  /** True when from/to were completed from the article's pair rather than read. */
  readonly directionInferred: boolean;
  readonly confidence: number;
}
