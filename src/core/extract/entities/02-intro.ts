/**
 * Step 2: the phrase that introduces a name. From a title, honorific, role,
 * description or country, the phrase runs on over more titles, countries,
 * bodies, institution words and links ("Lao Deputy Prime Minister and
 * Minister of Planning and Investment,", "Tổng Bí thư, Chủ tịch nước Lào")
 * and stops where a name may begin. It claims the offices its titles name,
 * unless a modifier ("Vice", "former") or a complement ("of the Ministry of
 * ...") makes them another office.
 */

import { abbreviationsFor } from '../segment/data.ts';
import type { DescriptionMatch } from './01-scan.ts';
import type { EntryKind } from './gazetteer.ts';
import { inVocabulary } from './match.ts';
import type { Claim, Doc, Intro } from './types.ts';

/** What may stand between two parts of an introducing phrase: spaces, one comma, brackets, a hyphen. */
const INTRO_GAP = /^[ \t\u00a0]*(?:\n[ \t\u00a0]*)?(?:[,()\-‐–'’]|\),|,\()?[ \t\u00a0]*$/u;
const ROMAN = /^[ivxlc]+$/;
const INTRODUCERS: ReadonlySet<EntryKind> = new Set(['title', 'role', 'honorific']);
const MAX_WORDS = 24;
/** In English, lower-case words of a complement ("minister of public works and transport,") up to a comma. */
const MAX_COMPLEMENT = 8;

export function gapOk(doc: Doc, j: number): boolean {
  const prev = doc.tokens[j - 1];
  const t = doc.tokens[j];
  if (!prev || !t) return false;
  const gap = doc.text.slice(prev.end, t.start);
  if (INTRO_GAP.test(gap)) return !gap.includes('\n') || hardWrapped(doc.text, prev.end + gap.indexOf('\n'));
  // "Mr. Nguyen", "Gen. Giang": the full stop of an abbreviation.
  return /^\.[ \t\u00a0]+$/.test(gap) && abbreviationsFor(doc.index.language).has(prev.fold);
}

/** Lines wider than this, broken mid-sentence, are one paragraph wrapped by hand (news wires do that). */
const WRAP_WIDTH = 40;

/**
 * Whether the line break at `at` only wraps a paragraph: both lines are long
 * and the first does not end a sentence. A title on one line and a name on
 * the next ("… Lao counterpart in Vientiane" / "Politics | Diplomacy") are
 * otherwise unrelated.
 */
export function hardWrapped(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  let end = text.indexOf('\n', at + 1);
  if (end < 0) end = text.length;
  const before = text.slice(start, at).trim();
  const after = text.slice(at + 1, end).trim();
  return before.length >= WRAP_WIDTH && after.length >= WRAP_WIDTH && !/[.!?:|]$/.test(before);
}

const hasComma = (doc: Doc, j: number): boolean =>
  doc.text.slice(doc.tokens[j - 1]?.end ?? 0, doc.tokens[j]?.start ?? 0).includes(',');

/**
 * The introducing phrase starting at token `i`, or null when what starts
 * there introduces nobody (a country alone, a body alone).
 */
export function introAt(doc: Doc, i: number, description: DescriptionMatch | undefined): Intro | null {
  const { tokens, at, index } = doc;
  const { lexicon } = index;
  const claims: Claim[] = [];
  let country: string | null = description?.country ?? null;
  let weakCountry: string | null = null;
  let introduces = description !== undefined;
  let titled = false;
  let j = description ? description.to : i;
  let last = j;
  let afterOf = false;
  let bodyBefore = false;
  while (j < tokens.length && j - i < MAX_WORDS) {
    if (j > i && !gapOk(doc, j)) break;
    const t = tokens[j]!;
    const m = at[j];
    // After a comma only another title goes on the phrase ("Tổng Bí thư, Chủ tịch nước"); else a name or nothing follows.
    if (j > i && hasComma(doc, j) && !(introduces && m && INTRODUCERS.has(m.entry.kind))) break;
    if (m) {
      const e = m.entry;
      if (e.kind === 'person') break;
      const wasBody = bodyBefore;
      bodyBefore = e.kind === 'org';
      if (e.kind === 'title' && e.office) {
        const prev = tokens[j - 1];
        const modified = prev !== undefined && lexicon.titleModifiers.has(lexicon.word(prev));
        // "Friendship Association President", "Deputy Transport Minister": the office of a body, or another one.
        claims.push({ office: e.office.key, qualified: modified || wasBody });
        if (e.titleCountry) country ??= e.titleCountry.code;
        introduces = true;
        titled = true;
        afterOf = false;
      } else if (e.kind === 'role' || e.kind === 'honorific') {
        introduces = true;
        afterOf = false;
      } else if (e.kind === 'country' && e.country) {
        country ??= e.country.code;
        // "Minister of Foreign Affairs of Laos": the complement names the country, not another body.
        if (afterOf) afterOf = false;
      } else if (e.kind === 'org') {
        const org = e.orgs[0];
        if (org?.country) weakCountry ??= org.country;
        if (afterOf && org && org.kind !== 'party' && org.kind !== 'government') qualifyLast(claims);
      } else if (e.kind === 'place') {
        const place = e.places[0];
        if (place) weakCountry ??= place.country;
      }
      j = m.to;
      last = j;
      continue;
    }
    if (lexicon.titleLinks.has(lexicon.word(t)) && !t.upper) {
      afterOf ||= lexicon.complementLinks.has(lexicon.word(t));
      bodyBefore = false;
      j++;
      continue;
    }
    if (t.digit || (t.upper && ROMAN.test(t.fold))) {
      j++;
      last = j;
      continue;
    }
    if (t.fold === 's' && /['’]$/.test(doc.text.slice(tokens[j - 1]?.end ?? 0, t.start))) {
      j++;
      last = j;
      continue;
    }
    const lowerOk = !t.cap && (!lexicon.capitalisedBodies || afterOf);
    if (inVocabulary(index, t) && (t.cap || lowerOk)) {
      if (afterOf && t.cap) qualifyLast(claims);
      bodyBefore = t.cap;
      j++;
      last = j;
      continue;
    }
    if (lexicon.capitalisedBodies && afterOf && !t.cap) {
      const to = complementEnd(doc, j);
      if (to < 0) break;
      qualifyLast(claims);
      j = to;
      last = j;
      continue;
    }
    break;
  }
  if (!introduces) return null;
  return {
    from: i,
    to: last,
    claims,
    country: country ?? weakCountry,
    titled,
    description: description?.kind ?? null,
    after: false,
  };
}

/** A complement written after "of" qualifies the office of the title just before it. */
function qualifyLast(claims: Claim[]): void {
  const last = claims.at(-1);
  if (last) claims[claims.length - 1] = { ...last, qualified: true };
}

/**
 * "minister of public works and transport, Bounchanh Sinthavong": lower-case
 * words up to a comma that a capitalised word follows; -1 when there is none.
 */
function complementEnd(doc: Doc, j: number): number {
  const { tokens, text } = doc;
  for (let k = j; k < tokens.length && k - j < MAX_COMPLEMENT; k++) {
    const t = tokens[k]!;
    if (k > j) {
      const gap = text.slice(tokens[k - 1]!.end, t.start);
      if (/^[ \t\u00a0]*,[ \t\u00a0]*$/.test(gap)) return t.cap ? k : -1;
      if (!/^[ \t\u00a0]+$/.test(gap)) return -1;
    }
    if (t.cap || t.digit) return -1;
  }
  return -1;
}
