/**
 * The knowledge base as lookups: Map indexes built once from validated files.
 * Every `…ByName` lookup folds its input (case, diacritics, punctuation) except
 * for acronyms and all-capital abbreviations, which match as written.
 * Results keep the data's display forms (with diacritics).
 */
import { lowerBound, overlaps } from './dates.ts';
import { addTo, exactKey, isAbbreviation, nameKey } from './keys.ts';
import { shortForms } from './names.ts';
import type {
  Country,
  KnowledgeBaseFiles,
  Lang,
  Office,
  OfficeType,
  Organisation,
  Person,
  Place,
} from './schema.ts';

/** One written title of an office type, as the extractor scans for it. */
export interface OfficeTitle {
  /** As written in the data (`Prime Minister`, `Thủ tướng`). */
  readonly title: string;
  /** The form to compare with: folded (`thu tuong`), or the title itself when `exact`. */
  readonly key: string;
  /** True for all-capital abbreviations (`PM`, `FM`): match case-sensitively. */
  readonly exact: boolean;
  readonly office: OfficeType;
}

export interface KnowledgeBase {
  readonly countries: readonly Country[];
  readonly offices: readonly OfficeType[];
  readonly persons: readonly Person[];
  readonly places: readonly Place[];
  readonly organisations: readonly Organisation[];

  country(code: string): Country | undefined;
  /** By name or adjective in any language (`Viet Nam`, `Lào`, `Laotian`). */
  countryByName(text: string): Country | undefined;

  person(id: string): Person | undefined;
  /** Persons whose full name or an alias matches (`To Lam` → Tô Lâm). */
  personsByName(text: string): readonly Person[];
  /** Persons whose derived partial name matches (`Chính`, `Thongloun`, `Abhisit`); see names.ts. */
  personsByShortName(text: string): readonly Person[];
  /** The partial names derived for a person, as written (`Chính`). */
  shortNamesOf(person: Person): readonly string[];
  /** Offices the person held at any moment of the (partial) date. */
  officesOn(personId: string, date: string): readonly Office[];
  /** Holders of an office in a country at the (partial) date, latest appointed first. */
  holdersOn(officeKey: string, country: string, date: string): readonly Person[];

  officeType(key: string): OfficeType | undefined;
  /** The office type a title names, in one language or (without `lang`) in any. */
  officeTypeByTitle(text: string, lang?: Lang): OfficeType | undefined;
  /** All titles of a language, longest first, so that a scan prefers `Deputy Prime Minister` to `Prime Minister`. */
  officeTitles(lang: Lang): readonly OfficeTitle[];

  place(id: string): Place | undefined;
  /** Places matching a name; with `date`, only those existing on it; best first (see `placeByName`). */
  placesByName(text: string, date?: string, country?: string): readonly Place[];
  /** The best place for a name: existing at `date` if given, current before abolished, provinces before cities before landmarks. */
  placeByName(text: string, date?: string, country?: string): Place | undefined;

  organisation(id: string): Organisation | undefined;
  /** By folded name or alias, or by acronym exactly as written (`MPI`, `MoIT`). */
  organisationsByName(text: string): readonly Organisation[];
  /** The first match, preferring one of `country` (or with it as member) when given. */
  organisationByName(text: string, country?: string): Organisation | undefined;
}

const NONE: readonly never[] = Object.freeze([]);
const LANGS: readonly Lang[] = ['en', 'vi', 'lo', 'km', 'th'];
const KIND_ORDER: Record<Place['kind'], number> = {
  capital: 0,
  municipality: 0,
  province: 0,
  city: 1,
  region: 2,
  district: 3,
  landmark: 4,
};

/** Whether a place existed at any moment of the (partial) date. */
export function placeValidOn(place: Place, date: string): boolean {
  return overlaps(place.validFrom, place.validTo, date);
}

/** Indexes validated files. Cheap enough to call once per process (see load.test.ts). */
export function buildKnowledgeBase(files: KnowledgeBaseFiles): KnowledgeBase {
  const { countries, offices, persons, places, organisations } = files;

  const countryByCode = new Map(countries.map((c) => [c.code, c]));
  const countryByKey = new Map<string, Country>();
  for (const c of countries) {
    for (const field of [c.names, c.adjectives]) {
      for (const list of Object.values(field)) for (const n of list ?? []) countryByKey.set(nameKey(n), c);
    }
    countryByKey.set(nameKey(c.name), c);
  }

  const personById = new Map(persons.map((p) => [p.id, p]));
  const personsByKey = new Map<string, Person[]>();
  const personsByShortKey = new Map<string, Person[]>();
  const shortNames = new Map<Person, string[]>();
  const holders = new Map<string, { person: Person; office: Office }[]>();
  for (const p of persons) {
    const shorts: string[] = [];
    for (const written of [p.name, ...p.aliases]) {
      addTo(personsByKey, nameKey(written), p);
      for (const s of shortForms(written, p.nameOrder)) {
        addTo(personsByShortKey, nameKey(s), p);
        if (!shorts.includes(s)) shorts.push(s);
      }
    }
    shortNames.set(p, shorts);
    for (const office of p.offices)
      addTo(holders, `${office.office}/${office.country}`, { person: p, office });
  }

  const officeByKey = new Map(offices.map((o) => [o.key, o]));
  const titleIndex = new Map<Lang, Map<string, OfficeType>>();
  const titleLists = new Map<Lang, OfficeTitle[]>();
  for (const lang of LANGS) {
    const index = new Map<string, OfficeType>();
    const list: OfficeTitle[] = [];
    for (const office of offices) {
      for (const title of office.titles[lang] ?? []) {
        const key = nameKey(title);
        if (index.has(key)) continue;
        index.set(key, office);
        const exact = isAbbreviation(title.trim());
        list.push({ title, key: exact ? title.trim() : key, exact, office });
      }
    }
    list.sort((a, b) => b.key.length - a.key.length || a.key.localeCompare(b.key));
    titleIndex.set(lang, index);
    titleLists.set(lang, list);
  }

  const placeById = new Map(places.map((p) => [p.id, p]));
  const placesByKey = new Map<string, Place[]>();
  for (const p of places)
    for (const written of [p.name, ...p.aliases]) addTo(placesByKey, nameKey(written), p);
  // Best first: existing today before abolished, then by kind; sort is stable, so file order breaks ties.
  for (const list of placesByKey.values()) {
    list.sort(
      (a, b) =>
        Number(a.validTo !== undefined) - Number(b.validTo !== undefined) ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
    );
  }

  const orgById = new Map(organisations.map((o) => [o.id, o]));
  const orgsByKey = new Map<string, Organisation[]>();
  for (const o of organisations) {
    for (const written of [o.name, ...o.aliases]) addTo(orgsByKey, nameKey(written), o);
    for (const acronym of o.acronyms) addTo(orgsByKey, exactKey(acronym), o);
  }
  const orderOfOrg = new Map(organisations.map((o, i) => [o, i]));

  const placesByName = (text: string, date?: string, country?: string): readonly Place[] => {
    const found = placesByKey.get(nameKey(text));
    if (found === undefined) return NONE;
    if (date === undefined && country === undefined) return found;
    return found.filter(
      (p) =>
        (date === undefined || placeValidOn(p, date)) && (country === undefined || p.country === country),
    );
  };

  const organisationsByName = (text: string): readonly Organisation[] => {
    const byName = orgsByKey.get(nameKey(text)) ?? NONE;
    const byAcronym = orgsByKey.get(exactKey(text)) ?? NONE;
    if (byAcronym.length === 0 || byName === byAcronym) return byName;
    const all = [...new Set([...byName, ...byAcronym])];
    return all.sort((a, b) => orderOfOrg.get(a)! - orderOfOrg.get(b)!);
  };

  return {
    countries,
    offices,
    persons,
    places,
    organisations,

    country: (code) => countryByCode.get(code),
    countryByName: (text) => countryByKey.get(nameKey(text)),

    person: (id) => personById.get(id),
    personsByName: (text) => personsByKey.get(nameKey(text)) ?? NONE,
    personsByShortName: (text) => personsByShortKey.get(nameKey(text)) ?? NONE,
    shortNamesOf: (person) => shortNames.get(person) ?? shortForms(person.name, person.nameOrder),
    officesOn: (personId, date) =>
      personById.get(personId)?.offices.filter((o) => overlaps(o.start, o.end, date)) ?? NONE,
    holdersOn: (officeKey, country, date) => {
      const current = (holders.get(`${officeKey}/${country}`) ?? NONE)
        .filter(({ office }) => overlaps(office.start, office.end, date))
        .map((h) => ({ ...h, from: lowerBound(h.office.start) }))
        .sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0));
      return [...new Set(current.map((h) => h.person))];
    },

    officeType: (key) => officeByKey.get(key),
    officeTypeByTitle: (text, lang) => {
      const key = nameKey(text);
      for (const l of lang === undefined ? LANGS : [lang]) {
        const found = titleIndex.get(l)?.get(key);
        if (found !== undefined) return found;
      }
      return undefined;
    },
    officeTitles: (lang) => titleLists.get(lang) ?? NONE,

    place: (id) => placeById.get(id),
    placesByName,
    placeByName: (text, date, country) => placesByName(text, date, country)[0],

    organisation: (id) => orgById.get(id),
    organisationsByName,
    organisationByName: (text, country) => {
      const found = organisationsByName(text);
      if (country === undefined) return found[0];
      return found.find((o) => o.country === country || o.members.includes(country)) ?? found[0];
    },
  };
}
