/**
 * Cross-file checks that the zod schemas cannot express: unique ids, every
 * reference resolves, dates are real and ordered, a name or title means one
 * thing. Pure: takes the validated files (any of which may be missing because
 * they failed to parse) and returns every problem found, never throws.
 */
import { isCalendarDate, ordered } from './dates.ts';
import { nameKey } from './keys.ts';
import type { KnowledgeBaseFiles } from './schema.ts';

export type KbFile = keyof KnowledgeBaseFiles;
export const KB_FILES = [
  'countries',
  'offices',
  'persons',
  'places',
  'organisations',
] as const satisfies readonly KbFile[];

/** A problem located by file and path segments inside it (`[12, 'offices', 0, 'start']`). */
export interface RawIssue {
  readonly file: KbFile;
  readonly at: readonly (string | number)[];
  readonly message: string;
}

export function crossCheck(files: Partial<KnowledgeBaseFiles>): RawIssue[] {
  const issues: RawIssue[] = [];
  const report = (file: KbFile, at: readonly (string | number)[], message: string) =>
    issues.push({ file, at, message });

  const unique = <T>(
    file: KbFile,
    items: readonly T[] | undefined,
    keyOf: (t: T) => string,
    what: string,
  ) => {
    const seen = new Map<string, number>();
    items?.forEach((item, i) => {
      const key = keyOf(item);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else report(file, [i], `duplicate ${what} "${key}" (first at [${first}])`);
    });
    return new Set(seen.keys());
  };
  const codes = files.countries && unique('countries', files.countries, (c) => c.code, 'country code');
  const officeKeys = files.offices && unique('offices', files.offices, (o) => o.key, 'office key');
  unique('persons', files.persons, (p) => p.id, 'person id');
  const placeIds = files.places && unique('places', files.places, (p) => p.id, 'place id');
  const orgIds =
    files.organisations && unique('organisations', files.organisations, (o) => o.id, 'organisation id');

  const country = (file: KbFile, at: readonly (string | number)[], code: string | null) => {
    if (codes && code !== null && !codes.has(code)) report(file, at, `unknown country "${code}"`);
  };
  type Bound = readonly [key: string, date: string | null | undefined];
  const dates = (
    file: KbFile,
    at: readonly (string | number)[],
    [startKey, start]: Bound,
    [endKey, end]: Bound,
  ) => {
    if (start && !isCalendarDate(start)) report(file, [...at, startKey], `"${start}" is not a calendar date`);
    if (end && !isCalendarDate(end)) report(file, [...at, endKey], `"${end}" is not a calendar date`);
    if (start && end && !ordered(start, end))
      report(file, [...at, endKey], `ends (${end}) before it starts (${start})`);
  };

  // One meaning per written form: a country name, an office title.
  const countryOfName = new Map<string, string>();
  files.countries?.forEach((c, i) => {
    for (const field of ['names', 'adjectives'] as const) {
      for (const [lang, list] of Object.entries(c[field])) {
        list?.forEach((name, j) => {
          const key = nameKey(name);
          const other = countryOfName.get(key);
          if (other !== undefined && other !== c.code) {
            report('countries', [i, field, lang, j], `"${name}" already names ${other}`);
          } else countryOfName.set(key, c.code);
        });
      }
    }
  });
  const officeOfTitle = new Map<string, string>();
  files.offices?.forEach((o, i) => {
    for (const [lang, list] of Object.entries(o.titles)) {
      list?.forEach((title, j) => {
        const key = `${lang}:${nameKey(title)}`;
        const other = officeOfTitle.get(key);
        if (other !== undefined && other !== o.key) {
          report('offices', [i, 'titles', lang, j], `title "${title}" already belongs to ${other}`);
        } else officeOfTitle.set(key, o.key);
      });
    }
  });

  files.persons?.forEach((p, i) => {
    country('persons', [i, 'country'], p.country);
    p.offices.forEach((o, j) => {
      const at = [i, 'offices', j];
      if (officeKeys && !officeKeys.has(o.office))
        report('persons', [...at, 'office'], `unknown office type "${o.office}"`);
      country('persons', [...at, 'country'], o.country);
      if (orgIds && o.org !== undefined && !orgIds.has(o.org))
        report('persons', [...at, 'org'], `unknown organisation "${o.org}"`);
      dates('persons', at, ['start', o.start], ['end', o.end]);
    });
  });

  files.places?.forEach((p, i) => {
    country('places', [i, 'country'], p.country);
    dates('places', [i], ['validFrom', p.validFrom], ['validTo', p.validTo]);
    if (p.mergedInto !== undefined) {
      if (placeIds && !placeIds.has(p.mergedInto))
        report('places', [i, 'mergedInto'], `unknown place "${p.mergedInto}"`);
      if (p.mergedInto === p.id) report('places', [i, 'mergedInto'], 'a place cannot be merged into itself');
      if (p.validTo === undefined)
        report('places', [i, 'mergedInto'], 'a merged place needs validTo (its last day)');
    }
    if (p.within !== undefined && placeIds && !placeIds.has(p.within)) {
      report('places', [i, 'within'], `unknown place "${p.within}"`);
    }
  });

  if (files.places) {
    const capitals = new Set<string>();
    for (const p of files.places) {
      if (p.kind !== 'capital') continue;
      for (const n of [p.name, ...p.aliases]) capitals.add(`${p.country}:${nameKey(n)}`);
    }
    files.countries?.forEach((c, i) => {
      if (c.capital !== undefined && !capitals.has(`${c.code}:${nameKey(c.capital)}`)) {
        report(
          'countries',
          [i, 'capital'],
          `capital "${c.capital}" is not a place of kind capital of ${c.code}`,
        );
      }
    });
  }

  files.organisations?.forEach((o, i) => {
    country('organisations', [i, 'country'], o.country);
    o.members.forEach((m, j) => {
      country('organisations', [i, 'members', j], m);
    });
  });

  return issues;
}
