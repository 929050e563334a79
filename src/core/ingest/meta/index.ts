/** Metadata read out of a cleaned text: title, publication date, source agency, language. */
import type { Language, Span } from '../../model/document.ts';
import { readByline } from './byline.ts';
import { detectLanguage } from './language.ts';
import { paragraphsOf } from './paragraphs.ts';
import { readPublished } from './published.ts';
import { readSource } from './source.ts';
import { readTitle } from './title.ts';

export { normaliseSource } from './agencies.ts';
export { normaliseDate } from './dates.ts';
export { detectLanguage, toLanguage } from './language.ts';

export interface TextMeta {
  readonly title: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly language: Language;
}

/**
 * @param dateLine the value of a leading ` date 2026-02-05` line the cleaner took out, if any
 * @example readMeta('Hanoi (VNA) – Talks were held …', [], null).source === 'VNA'
 */
export function readMeta(text: string, captions: readonly Span[], dateLine: string | null): TextMeta {
  const paragraphs = paragraphsOf(text, captions);
  const byline = readByline(paragraphs);
  return {
    title: readTitle(paragraphs),
    published: readPublished(paragraphs, dateLine, byline),
    source: readSource(paragraphs, byline),
    language: detectLanguage(text),
  };
}
