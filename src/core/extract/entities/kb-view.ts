/**
 * The part of the knowledge base entity finding reads: the records (to build
 * its own word indexes once per base) and the dated office lookups. Declared
 * as a narrow view so tests can pass a tiny base built from a few records.
 */
import type { KnowledgeBase } from '../../../kb/build.ts';

export type KbView = Pick<
  KnowledgeBase,
  'countries' | 'offices' | 'persons' | 'places' | 'organisations' | 'officesOn' | 'holdersOn'
>;
