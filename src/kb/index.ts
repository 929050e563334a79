/**
 * The knowledge base: countries, office types, persons with dated offices,
 * places and organisations, read from knowledge/kb/*.yaml and indexed for
 * lookup by name. Code never holds names; adding a country pair is adding data.
 *
 * - `load.ts`   reads and validates the YAML files, collecting every problem;
 * - `check.ts`  cross-file checks (unique ids, references, dates);
 * - `build.ts`  the lookup indexes (`KnowledgeBase`);
 * - `names.ts`  partial names by naming convention; `dates.ts` partial-date intervals;
 * - `keys.ts`   folded and exact lookup keys; `schema.ts` the file schemas.
 */
export { type KnowledgeBase, type OfficeTitle, placeValidOn } from './build.ts';
export { isCalendarDate, lowerBound, overlaps, upperBound } from './dates.ts';
export { formatIssue, type KbIssue, KnowledgeBaseError } from './issues.ts';
export { DEFAULT_KB_DIR, type LoadOptions, loadKnowledgeBase, readKnowledgeBase } from './load.ts';
export { shortForms } from './names.ts';
export type { Country, Lang, NameOrder, Office, OfficeType, Organisation, Person, Place } from './schema.ts';
