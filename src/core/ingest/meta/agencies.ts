/** Agency and outlet names from knowledge/ingest/agencies.yaml, folded for lookup. */
import { foldKey } from '../../text/fold.ts';
import { AGENCY_DATA, alternation } from '../data.ts';

const BY_KEY = new Map<string, string>();
for (const agency of AGENCY_DATA.agencies) {
  BY_KEY.set(foldKey(agency.code), agency.code);
  for (const name of agency.names) BY_KEY.set(foldKey(name), agency.code);
}

/** Every written name, as a RegExp alternation (longest first). */
export const AGENCY_NAMES = alternation(AGENCY_DATA.agencies.flatMap((a) => [a.code, ...a.names]));
/** Names that may open a text on their own: `VGP - Prime Minister …`. */
export const DATELINE_NAMES = alternation(
  AGENCY_DATA.agencies.filter((a) => a.dateline).flatMap((a) => a.names),
);

/**
 * The short code of a known agency.
 * @example agencyCode('TTXVN') === 'VNA'
 */
export function agencyCode(name: string): string | undefined {
  return BY_KEY.get(foldKey(name));
}

/**
 * A source as stored: the code of a known agency, else the name as written
 * (whitespace tidied), null for nothing.
 * @example normaliseSource('Viet Nam News') === 'VNS'
 */
export function normaliseSource(name: string | null | undefined): string | null {
  const tidy = name?.replace(/\s+/g, ' ').trim();
  if (!tidy) return null;
  return agencyCode(tidy) ?? tidy;
}
