/**
 * Schemas of the knowledge base files under knowledge/kb/. The knowledge base
 * is data (YAML, editable by users), validated when loaded; code never holds
 * names of people, places or offices. Adding a country pair is adding data.
 */
import { z } from 'zod';
import { CountryCode, PartialIsoDate } from '../core/model/extraction.ts';

export const Lang = z.enum(['en', 'vi', 'lo', 'km', 'th']);
export type Lang = z.infer<typeof Lang>;
/** Names per language; `en` is the one used in English text (often diacritic-free). */
const Names = z.partialRecord(Lang, z.array(z.string().min(1)));

export const Country = z.object({
  code: CountryCode,
  /** Canonical English name. */
  name: z.string(),
  /** Names and short forms, per language (`Vietnam`, `Viet Nam`, `Việt Nam`). */
  names: Names,
  /** Adjectives and demonyms per language (`Vietnamese`, `Lao`, `Laotian`). */
  adjectives: Names,
  capital: z.string().optional(),
});
export type Country = z.infer<typeof Country>;

/**
 * How a person is referred to by a partial name: Vietnamese by the last given
 * name (`Chính` for Phạm Minh Chính), Lao by the first (`Thongloun`), western
 * and Thai/Khmer by the family name where the press does so.
 * Added later (compatible): `east_asian` — family name first and used alone
 * (`Xi` for Xi Jinping, `Moon` for Moon Jae-in); `malay` — no family name, the
 * first name is used alone (`Anwar`, `Prabowo`); `none` — no partial form is
 * used (Burmese names: Min Aung Hlaing). `src/kb/names.ts` holds the rules.
 */
export const NameOrder = z.enum([
  'vietnamese',
  'lao',
  'khmer',
  'thai',
  'western',
  'east_asian',
  'malay',
  'none',
]);
export type NameOrder = z.infer<typeof NameOrder>;

export const Office = z.object({
  /** Key of an office type in offices.yaml (`prime_minister`, `general_secretary`). */
  office: z.string(),
  country: CountryCode,
  /** Organisation id where relevant (`lprp`, `cpv`, `mofa_vn`). */
  org: z.string().optional(),
  /** Free text for offices without a type (`Deputy Minister of Planning and Investment`). */
  label: z.string().optional(),
  start: PartialIsoDate,
  /** Null while in office. */
  end: PartialIsoDate.nullable(),
});
export type Office = z.infer<typeof Office>;

export const Person = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Canonical display name with diacritics, in the person's own usual order (`Tô Lâm`). */
  name: z.string(),
  /** Other written forms: without diacritics, transliterations, nicknames (`Thongloun`, `To Lam`). */
  aliases: z.array(z.string()).default([]),
  country: CountryCode,
  nameOrder: NameOrder,
  gender: z.enum(['f', 'm']).optional(),
  offices: z.array(Office).default([]),
  /** True for historical figures, so date rules do not expect current offices. */
  historical: z.boolean().default(false),
});
export type Person = z.infer<typeof Person>;

export const OfficeType = z.object({
  key: z.string().regex(/^[a-z0-9_]+$/),
  /** Titles per language, longest first is not required (`Prime Minister`, `PM`, `Premier`). */
  titles: Names,
  /** 1 = head of party or state ... higher = lower rank; orders participants and resolves `the leader`. */
  rank: z.number().int().positive(),
});
export type OfficeType = z.infer<typeof OfficeType>;

export const Place = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  country: CountryCode,
  kind: z.enum(['capital', 'municipality', 'province', 'city', 'district', 'region', 'landmark']),
  /** For provinces that were merged (Vietnam, July 2025): the date it stopped existing and the new unit's id. */
  validFrom: PartialIsoDate.optional(),
  validTo: PartialIsoDate.optional(),
  mergedInto: z.string().optional(),
  /** Id of the place this one lies in (a city's or landmark's province). Added later (compatible). */
  within: z.string().optional(),
});
export type Place = z.infer<typeof Place>;

export const Organisation = z.object({
  id: z.string().regex(/^[a-z0-9_-]+$/),
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  acronyms: z.array(z.string()).default([]),
  /** Null for joint and international bodies. */
  country: CountryCode.nullable(),
  /** For joint bodies: the member countries. */
  members: z.array(CountryCode).default([]),
  kind: z.enum([
    'party',
    'legislature',
    'government',
    'ministry',
    'agency',
    'news_agency',
    'joint_body',
    'company',
    'province_gov',
    'other',
  ]),
});
export type Organisation = z.infer<typeof Organisation>;

export const KnowledgeBaseFiles = z.object({
  countries: z.array(Country),
  offices: z.array(OfficeType),
  persons: z.array(Person),
  places: z.array(Place),
  organisations: z.array(Organisation),
});
export type KnowledgeBaseFiles = z.infer<typeof KnowledgeBaseFiles>;
