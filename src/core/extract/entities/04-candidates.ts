/**
 * Step 4: one pass over the words collecting everything that may be a
 * person, with what introduces it: known names, new names after a title,
 * partial names, titles without a name ("the Lao Prime Minister") and
 * descriptions ("his Lao counterpart"). Resolution (step 5) decides who they are.
 */
import { descriptionAt } from './01-scan.ts';
import { gapOk, introAt } from './02-intro.ts';
import {
  inTitleCaseLine,
  isCredit,
  keyOf,
  nameIn,
  placeContext,
  type Run,
  runAt,
  spellingVariant,
} from './03-names.ts';
import type { EntryKind } from './gazetteer.ts';
import { type NameCultureRules, phraseAt } from './lexicon.ts';
import type { Candidate, Doc, Intro } from './types.ts';

const INTRO_STARTS: ReadonlySet<EntryKind> = new Set(['title', 'role', 'honorific', 'country', 'org']);

export function findCandidates(doc: Doc): Candidate[] {
  const { tokens, at, index } = doc;
  const out: Candidate[] = [];
  const descriptionWords = new Set(
    index.lexicon.descriptions.flatMap(({ parts }) =>
      parts[0] && 'word' in parts[0] ? [parts[0].word] : [],
    ),
  );
  const slotFirst = index.lexicon.descriptions.some(({ parts }) => parts[0] && 'slot' in parts[0]);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const m = at[i];
    const d =
      descriptionWords.has(index.lexicon.word(t)) ||
      (slotFirst && (m?.entry.kind === 'country' || index.lexicon.possessives.has(index.lexicon.word(t))))
        ? descriptionAt(index, doc.text, tokens, at, i)
        : undefined;
    if (m?.entry.kind === 'person' && !d) {
      // "the Ho Chi Minh Trail", "Kaysone Phomvihane Museum": a thing named after a person.
      if (placeContext(doc, { from: m.from, to: m.to, words: [] })) {
        i = m.to;
        continue;
      }
      const persons = m.entry.persons.map((p) => p.person);
      const via = m.entry.persons.every((p) => p.alias) ? 'alias' : 'name';
      const found = withApposition(doc, { kind: 'known', from: m.from, to: m.to, persons, via, intro: null });
      out.push(found.candidate);
      i = found.next;
      continue;
    }
    if (d || (m && INTRO_STARTS.has(m.entry.kind))) {
      const intro = introAt(doc, i, d);
      if (intro) {
        const named = nameAfter(doc, intro);
        if (named) {
          const found = withApposition(doc, named);
          out.push(found.candidate);
          i = found.next;
          continue;
        }
        if (d)
          out.push({ kind: 'description', from: d.from, to: d.to, description: d.kind, country: d.country });
        else if (titleAlone(doc, intro)) out.push({ kind: 'title', from: intro.from, to: intro.to, intro });
        i = Math.max(intro.to, i + 1);
        continue;
      }
    }
    if (m) {
      i = m.to;
      continue;
    }
    if (t.cap && !t.digit) {
      const run = runAt(doc, i);
      if (run) {
        const found = bareName(doc, run);
        if (found) out.push(found.candidate);
        i = found?.next ?? run.to;
        continue;
      }
    }
    i++;
  }
  return out;
}

/**
 * "Thongloun Sisoulith, General Secretary of the LPRP Central Committee and
 * President of Laos, ...": the title in apposition belongs to the name before
 * it (and is skipped, so it is not taken for a title standing alone).
 */
function withApposition(doc: Doc, c: Candidate): { candidate: Candidate; next: number } {
  if (c.kind !== 'known' && c.kind !== 'new') return { candidate: c, next: c.to };
  const after = appositionAfter(doc, { from: c.from, to: c.to, words: [] });
  if (!after) return { candidate: c, next: c.to };
  return { candidate: c.intro ? c : { ...c, intro: after }, next: after.to };
}

/** The name an introducing phrase leads to, if one follows it directly. */
function nameAfter(doc: Doc, intro: Intro): Candidate | null {
  const j = intro.to;
  const t = doc.tokens[j];
  if (!t || j === intro.from || !gapOk(doc, j)) return null;
  const m = doc.at[j];
  if (m?.entry.kind === 'person') {
    if (placeContext(doc, { from: m.from, to: m.to, words: [] })) return null;
    const persons = m.entry.persons.map((p) => p.person);
    const via = m.entry.persons.every((p) => p.alias) ? 'alias' : 'name';
    return { kind: 'known', from: m.from, to: m.to, persons, via, intro };
  }
  if (!t.cap || m) return null;
  const run = runAt(doc, j);
  if (!run) return null;
  if (run.words.length === 1) return short(doc, run, intro);
  const found = nameIn(doc, run);
  if (!found || placeContext(doc, found.run)) return null;
  const c = named(doc, found.run, found.culture, intro);
  return c.kind === 'new' && inTitleCaseLine(doc, run.from) ? null : c;
}

/** A known person (spelling variant) or a new one. */
function named(doc: Doc, run: Run, culture: NameCultureRules | undefined, intro: Intro | null): Candidate {
  const variant = spellingVariant(doc, run, culture);
  if (variant) return { kind: 'known', from: run.from, to: run.to, persons: [variant], via: 'alias', intro };
  const first = run.words[0]!;
  const last = run.words.at(-1)!;
  const shorts = culture
    ? [keyOf(doc, last[0], last[1])]
    : [keyOf(doc, first[0], first[1]), keyOf(doc, last[0], last[1])];
  const country = intro?.country ?? culture?.country ?? null;
  return { kind: 'new', from: run.from, to: run.to, intro, country, shorts };
}

function short(doc: Doc, run: Run, intro: Intro | null): Candidate | null {
  const [a, b] = run.words[0]!;
  const key = keyOf(doc, a, b);
  const t = doc.tokens[a]!;
  if (doc.index.lexicon.notNames.has(doc.index.lexicon.word(t))) return null;
  return { kind: 'short', from: a, to: b, key, intro, reporting: reportingAfter(doc, b) };
}

/** A reporting verb right after token `j` ("Cuong said", "Tho asked"). */
function reportingAfter(doc: Doc, j: number): boolean {
  const lex = doc.index.lexicon;
  return lex.reportingVerbs.some((ws) => phraseAt(lex, doc.tokens, j, ws));
}

/**
 * A capitalised run with nothing introducing it: a partial name, a spelling
 * variant of a known name, a name with a title in apposition after it
 * ("Bui Trong Dang, deputy director general of ..."), or a name whose shape
 * is unmistakable in this text (a Vietnamese name in English text).
 */
function bareName(doc: Doc, run: Run): { candidate: Candidate; next: number } | null {
  if (run.words.length === 1) {
    const c = isCredit(doc, run) ? null : short(doc, run, null);
    return c ? { candidate: c, next: run.to } : null;
  }
  const found = nameIn(doc, run);
  if (!found || placeContext(doc, found.run) || isCredit(doc, found.run)) return null;
  if (inTitleCaseLine(doc, run.from)) return null;
  const { culture } = found;
  if (spellingVariant(doc, found.run, culture))
    return { candidate: named(doc, found.run, culture, null), next: run.to };
  const after = appositionAfter(doc, found.run);
  if (after) return { candidate: named(doc, found.run, culture, after), next: after.to };
  const lex = doc.index.lexicon;
  if (
    culture &&
    lex.bareSurnameNames &&
    culture.language !== doc.index.language &&
    !joinedToPrevious(doc, found.run)
  )
    return { candidate: named(doc, found.run, culture, null), next: run.to };
  return null;
}

/** The previous word is capitalised and only a space away: the run is the tail of a longer name of something. */
function joinedToPrevious(doc: Doc, run: Run): boolean {
  const prev = doc.tokens[run.from - 1];
  if (!prev?.cap || doc.at[run.from - 1]) return false;
  return /^[ \t\u00a0]+$/.test(doc.text.slice(prev.end, doc.tokens[run.from]!.start));
}

/** ", deputy director general of ...", ", General Secretary of ...": a title in apposition after a name. */
function appositionAfter(doc: Doc, run: Run): Intro | null {
  const { tokens, text, at } = doc;
  const next = tokens[run.to];
  if (!next || !/^[ \t\u00a0]*,[ \t\u00a0]*$/.test(text.slice(tokens[run.to - 1]!.end, next.start)))
    return null;
  let k = run.to;
  if (doc.index.lexicon.appositionOpeners.has(doc.index.lexicon.word(next)) && !next.cap) k++;
  const m = at[k];
  if (!m || (m.entry.kind !== 'title' && m.entry.kind !== 'role')) return null;
  const intro = introAt(doc, k, undefined);
  return intro ? { ...intro, after: true } : null;
}

/**
 * A title standing for a person without a name: "the Lao Prime Minister",
 * "Thủ tướng Lào". It needs a country, or (English) "the" before it; a bare
 * "Prime Minister" in a list of offices is nobody in particular.
 */
function titleAlone(doc: Doc, intro: Intro): boolean {
  const claim = intro.claims[0];
  if (!intro.titled || !claim || claim.qualified) return false;
  if (intro.country) return true;
  const prev = doc.tokens[intro.from - 1];
  return prev !== undefined && doc.index.lexicon.definiteArticles.has(doc.index.lexicon.word(prev));
}
