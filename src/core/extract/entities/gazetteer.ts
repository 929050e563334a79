/**
 * Word indexes over the knowledge base and the language data, built once per
 * (base, language) and reused for every document: every name, alias, acronym,
 * office title, honorific and role keyed by its first folded word, longest
 * first, so a document is matched in one pass over its words without scanning
 * the base. Glued names (`NguyenXuan Phuc`) are found through a second key,
 * the name with its spaces removed.
 */

import { shortForms } from '../../../kb/names.ts';
import type { Country, OfficeType, Organisation, Person, Place } from '../../../kb/schema.ts';
import type { KnownLanguage } from '../../model/document.ts';
import { foldChars, foldKey } from '../../text/fold.ts';
import type { KbView } from './kb-view.ts';
import { type Lexicon, lexiconFor } from './lexicon.ts';
import { tokenize } from './tokens.ts';

export type EntryKind = 'person' | 'title' | 'org' | 'place' | 'country' | 'role' | 'honorific';

/** Equal spans go to the earlier kind: a person's name beats a district named after them. */
const PRIORITY: Record<EntryKind, number> = {
  person: 0,
  title: 1,
  org: 2,
  place: 3,
  country: 4,
  role: 5,
  honorific: 6,
};

export interface Entry {
  readonly kind: EntryKind;
  readonly words: readonly string[];
  /** Per word: the text must write it starting with a capital (or, for acronyms, all in capitals). */
  readonly need: readonly ('cap' | 'upper' | null)[];
  /** Acronyms match only exactly as written. */
  readonly exact: string | null;
  /**
   * Words lower-cased with their diacritics, for forms of a language that
   * compares words as written (Vietnamese `Anh` is Britain, `Ảnh` a photo).
   */
  readonly lower: readonly string[] | null;
  readonly persons: { readonly person: Person; readonly alias: boolean }[];
  readonly places: Place[];
  readonly orgs: Organisation[];
  readonly country: { readonly code: string; readonly adjective: boolean } | null;
  readonly office: OfficeType | null;
  /** For titles that name a country (`Lao Prime Minister`, `President of Laos`): which words. */
  readonly titleCountry: {
    readonly code: string;
    readonly adjective: boolean;
    readonly from: number;
    readonly to: number;
  } | null;
}

export interface EntityIndex {
  readonly language: KnownLanguage;
  readonly lexicon: Lexicon;
  readonly kb: KbView;
  readonly byFirst: ReadonlyMap<string, readonly Entry[]>;
  readonly compact: ReadonlyMap<string, readonly Entry[]>;
  /** Partial names by folded key: `lam` → Tô Lâm, `thongloun` → Thongloun Sisoulith. */
  readonly shortNames: ReadonlyMap<string, readonly ShortRef[]>;
  /** The same, by person id. */
  readonly shortKeys: ReadonlyMap<string, readonly string[]>;
  /** Folded words of bodies, offices and countries: never inside a person's name. */
  readonly vocabulary: ReadonlySet<string>;
  /** The same words lower-cased with their diacritics, for languages that compare words as written. */
  readonly vocabularyWritten: ReadonlySet<string>;
  readonly offices: ReadonlyMap<string, OfficeType>;
  /** Every title of every office type, as folded words, for "is this title a form of that office". */
  readonly officeTitles: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly countries: ReadonlyMap<string, Country>;
  readonly persons: ReadonlyMap<string, Person>;
  /** Forms written in a script without spaces (Lao), found as substrings: folded form and entry. */
  readonly unspaced: readonly { readonly form: string; readonly entry: Entry }[];
  /** Names of non-Vietnamese-order persons by the first two letters, as words without spaces, for spelling variants. */
  readonly byInitials: ReadonlyMap<
    string,
    readonly { readonly person: Person; readonly words: readonly string[] }[]
  >;
}

/** A partial name of a known person; `given` is the name the press uses alone (not a family name that needs a title). */
export interface ShortRef {
  readonly person: Person;
  given: boolean;
}

/** Name orders whose family name also serves as a partial name after a title. */
const FAMILY_AFTER_TITLE: ReadonlySet<Person['nameOrder']> = new Set(['lao', 'thai', 'malay']);

const cache = new WeakMap<KbView, Map<KnownLanguage, EntityIndex>>();

export function entityIndex(kb: KbView, language: KnownLanguage): EntityIndex {
  let perLang = cache.get(kb);
  if (!perLang) {
    perLang = new Map();
    cache.set(kb, perLang);
  }
  let index = perLang.get(language);
  if (!index) {
    index = buildIndex(kb, language);
    perLang.set(language, index);
  }
  return index;
}

/** Scripts written without spaces between words. */
const UNSPACED_SCRIPT = /[\p{Script=Lao}\p{Script=Thai}\p{Script=Khmer}]/u;

const latinLanguages = (language: KnownLanguage): KnownLanguage[] =>
  language === 'en' ? ['en'] : [language, 'en'];

function buildIndex(kb: KbView, language: KnownLanguage): EntityIndex {
  const lexicon = lexiconFor(language);
  const entries = new Map<string, Entry>();
  const unspacedForms = new Map<string, string>();
  const add = (
    kind: EntryKind,
    text: string,
    fill: (e: MutableEntry) => void,
    exact = false,
    own = false,
  ): void => {
    const toks = tokenize(text);
    if (toks.length === 0) return;
    const words = toks.map((t) => t.fold);
    const lower = own && lexicon.exactWords ? toks.map((t) => t.lower) : null;
    const key = `${kind}|${words.join(' ')}${exact ? `|${text}` : ''}${lower ? `|${lower.join(' ')}` : ''}`;
    let e = entries.get(key) as MutableEntry | undefined;
    if (!e) {
      const loose = kind === 'title' || kind === 'role' || kind === 'honorific';
      e = {
        kind,
        words,
        need: toks.map((t) => (t.upper ? 'upper' : !loose && (t.cap || t.upper) ? 'cap' : null)),
        exact: exact ? text : null,
        lower,
        persons: [],
        places: [],
        orgs: [],
        country: null,
        office: null,
        titleCountry: null,
      };
      entries.set(key, e);
    }
    fill(e);
    if (!lexicon.spaced && UNSPACED_SCRIPT.test(text))
      unspacedForms.set(foldChars(text.normalize('NFC')), key);
  };

  const langs = latinLanguages(language);
  for (const c of kb.countries) {
    for (const l of langs) {
      const name = { code: c.code, adjective: false };
      const adjective = { code: c.code, adjective: true };
      const own = l === language;
      for (const n of c.names[l] ?? []) add('country', n, (e) => setOnce(e, 'country', name), false, own);
      for (const n of c.adjectives[l] ?? [])
        add('country', n, (e) => setOnce(e, 'country', adjective), false, own);
    }
  }
  const shortNames = new Map<string, ShortRef[]>();
  const shortKeys = new Map<string, string[]>();
  const addShort = (written: string, person: Person, given: boolean) => {
    const key = foldKey(written);
    const list = shortNames.get(key) ?? [];
    const known = list.find((r) => r.person === person);
    if (known) known.given ||= given;
    else list.push({ person, given });
    shortNames.set(key, list);
    const keys = shortKeys.get(person.id) ?? [];
    if (!keys.includes(key)) keys.push(key);
    shortKeys.set(person.id, keys);
  };
  for (const p of kb.persons) {
    for (const [n, alias] of [[p.name, false] as const, ...p.aliases.map((a) => [a, true] as const)]) {
      const parts = n
        .replace(/\s*-\s*/g, '-')
        .split(/\s+/)
        .filter(Boolean);
      // A one-word alias is a partial name and needs the short-name rules; a one-word name is a name.
      if (parts.length === 1 && alias) addShort(n, p, true);
      else add('person', n, (e) => e.persons.push({ person: p, alias }));
      for (const s of shortForms(n, p.nameOrder)) addShort(s, p, true);
      // After a title the press also uses a Lao or Thai family name: "President Sisoulith".
      const family = parts.at(-1);
      if (family && parts.length > 1 && FAMILY_AFTER_TITLE.has(p.nameOrder)) addShort(family, p, false);
    }
  }
  for (const pl of kb.places)
    for (const n of [pl.name, ...pl.aliases]) add('place', n, (e) => void e.places.push(pl));
  for (const o of kb.organisations) {
    for (const n of [o.name, ...o.aliases]) add('org', n, (e) => void e.orgs.push(o));
    for (const a of o.acronyms) add('org', a, (e) => void e.orgs.push(o), true);
  }
  for (const office of kb.offices) {
    for (const l of langs.slice(0, 1)) {
      for (const t of office.titles[l] ?? [])
        add('title', t, (e) => setOnce(e, 'office', office), false, true);
    }
  }
  for (const h of lexicon.honorifics) add('honorific', h, () => {}, false, true);
  for (const r of lexicon.roles) add('role', r, () => {}, false, true);

  const byFirst = new Map<string, Entry[]>();
  const compact = new Map<string, Entry[]>();
  for (const e of entries.values()) push(byFirst, e.words[0]!, e);
  for (const list of byFirst.values()) list.sort(longestFirst);
  // Titles that name a country keep which words do, so the country is known and can be reported.
  const countryFinder = { byFirst } as Pick<EntityIndex, 'byFirst'>;
  for (const e of entries.values()) {
    if (e.kind === 'title') (e as MutableEntry).titleCountry = countryInside(e.words, countryFinder);
    if ((e.kind === 'person' || e.kind === 'place') && e.words.length > 1) push(compact, e.words.join(''), e);
  }

  const personWords = new Set(kb.persons.flatMap((p) => [p.name, ...p.aliases].flatMap(words)));
  const listed = new Set(lexicon.institutionWords.flatMap(words));
  const sources: string[] = [];
  for (const o of kb.organisations) sources.push(o.name, ...o.aliases);
  for (const office of kb.offices)
    for (const titles of Object.values(office.titles)) sources.push(...(titles ?? []));
  for (const c of kb.countries)
    for (const l of langs) sources.push(...(c.names[l] ?? []), ...(c.adjectives[l] ?? []));
  const vocabulary = new Set<string>();
  const vocabularyWritten = new Set<string>();
  for (const t of lexicon.institutionWords.flatMap((x) => tokenize(x))) {
    vocabulary.add(t.fold);
    vocabularyWritten.add(t.lower);
  }
  for (const source of sources) {
    // Written forms come only from sources with diacritics: "Chinh phu" without them would make "Phu" a word of bodies.
    const written = /[^\p{ASCII}]/u.test(source);
    for (const t of tokenize(source)) {
      if (personWords.has(t.fold) && !listed.has(t.fold)) continue;
      vocabulary.add(t.fold);
      if (written) vocabularyWritten.add(t.lower);
    }
  }

  const byInitials = new Map<string, { person: Person; words: string[] }[]>();
  for (const p of kb.persons) {
    if (p.nameOrder === 'vietnamese') continue;
    for (const n of [p.name, ...p.aliases]) {
      const ws = n
        .replace(/\s*-\s*/g, '-')
        .split(/\s+/)
        .map((w) => foldKey(w).replace(/ /g, ''))
        .filter(Boolean);
      if (ws.length > 1) push(byInitials, ws[0]!.slice(0, 2), { person: p, words: ws });
    }
  }

  const unspaced = [...unspacedForms]
    .map(([form, key]) => ({ form, entry: entries.get(key)! }))
    .sort((a, b) => b.form.length - a.form.length);

  return {
    unspaced,
    byInitials,
    language,
    lexicon,
    kb,
    byFirst,
    compact,
    shortNames,
    shortKeys,
    vocabulary,
    vocabularyWritten,
    offices: new Map(kb.offices.map((o) => [o.key, o])),
    officeTitles: new Map(
      kb.offices.map((o) => [o.key, Object.values(o.titles).flatMap((ts) => (ts ?? []).map(words))]),
    ),
    countries: new Map(kb.countries.map((c) => [c.code, c])),
    persons: new Map(kb.persons.map((p) => [p.id, p])),
  };
}

type MutableEntry = { -readonly [K in keyof Entry]: Entry[K] };

/** The first record to claim a form keeps it (a form belongs to one country or office). */
function setOnce<K extends 'country' | 'office'>(
  e: MutableEntry,
  key: K,
  value: NonNullable<Entry[K]>,
): void {
  if (e[key] === null) e[key] = value;
}

const words = (s: string): string[] => tokenize(s).map((t) => t.fold);

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function longestFirst(a: Entry, b: Entry): number {
  return b.words.length - a.words.length || PRIORITY[a.kind] - PRIORITY[b.kind];
}

function countryInside(ws: readonly string[], index: Pick<EntityIndex, 'byFirst'>): Entry['titleCountry'] {
  for (let i = 0; i < ws.length; i++) {
    for (const e of index.byFirst.get(ws[i]!) ?? []) {
      if (e.kind !== 'country' || !e.country || i + e.words.length > ws.length) continue;
      if (e.words.every((w, k) => ws[i + k] === w))
        return { code: e.country.code, adjective: e.country.adjective, from: i, to: i + e.words.length };
    }
  }
  return null;
}
