/**
 * The interchange format of what is read out of one article, exactly as
 * ../shared/extraction-schema.md describes it (plus `flags`). Zod schemas
 * validate it at every boundary; types are inferred from them.
 */
import { z } from 'zod';

export const EVENT_TYPES = [
  'visit',
  'talks',
  'meeting',
  'session',
  'signing',
  'ceremony',
  'call',
  'message',
] as const;
export const EventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventType>;

export const CORE_METRICS = [
  'trade_turnover',
  'trade_growth',
  'exports',
  'imports',
  'export_growth',
  'import_growth',
  'investment_capital',
  'investment_projects',
  'scholarships',
  'students',
  'aid',
] as const;

export const AREAS = [
  'politics',
  'defence_security',
  'economy',
  'education',
  'culture',
  'health',
  'infrastructure',
  'energy',
  'justice',
  'foreign_affairs',
  'other',
] as const;
export const Area = z.enum(AREAS);
export type Area = z.infer<typeof Area>;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PartialIsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
export const CountryCode = z.string().regex(/^[A-Z]{2}$/);

export const Evidence = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof Evidence>;

const provenance = {
  evidence: Evidence.optional(),
  confidence: z.number().min(0).max(1).optional(),
};

export const Location = z.object({ name: z.string().nullable(), country: CountryCode.nullable() });
export type Location = z.infer<typeof Location>;

export const Event = z.object({
  type: EventType,
  start: PartialIsoDate.nullable(),
  end: PartialIsoDate.nullable(),
  location: Location.nullable(),
  participants: z.array(z.string()),
  status: z.enum(['held', 'planned']),
  ordinal: z.number().int().positive().optional(),
  mechanism: z.string().optional(),
  ...provenance,
});
export type Event = z.infer<typeof Event>;

export const Qualifier = z.enum(['exact', 'over', 'under', 'about']);

export const Figure = z.object({
  metric: z.string().regex(/^[a-z][a-z0-9_]*$/),
  value: z.number(),
  unit: z.string(),
  period: z.string().nullable(),
  from: CountryCode.nullable().optional(),
  to: CountryCode.nullable().optional(),
  qualifier: Qualifier.optional(),
  ...provenance,
});
export type Figure = z.infer<typeof Figure>;

export const Commitment = z.object({
  kind: z.enum(['target', 'pledge', 'agreement']),
  text: z.string(),
  metric: z.string().optional(),
  value: z.number().optional(),
  value_max: z.number().optional(),
  unit: z.string().optional(),
  deadline: PartialIsoDate.nullable(),
  parties: z.array(CountryCode),
  area: Area,
  ...provenance,
});
export type Commitment = z.infer<typeof Commitment>;

export const Flag = z.object({
  kind: z.enum(['office_conflict', 'date_conflict', 'unresolved_person']),
  message: z.string(),
  person: z.string().optional(),
  claimed: z.string().optional(),
  known: z.string().optional(),
  date: PartialIsoDate.nullable().optional(),
  evidence: Evidence,
});
export type Flag = z.infer<typeof Flag>;

export const Extraction = z.object({
  doc: z.object({
    id: z.string(),
    title: z.string().nullable(),
    published: PartialIsoDate.nullable(),
    source: z.string().nullable(),
    language: z.enum(['en', 'vi', 'lo']),
  }),
  events: z.array(Event),
  figures: z.array(Figure),
  commitments: z.array(Commitment),
  persons: z.array(z.string()),
  flags: z.array(Flag),
});
export type Extraction = z.infer<typeof Extraction>;
