/**
 * Step 2: pledges, concrete undertakings without a number. One per clause:
 * the first pledge phrase ("will", "agreed to", "pledged to") whose subject
 * can commit (a side, a leader, a country; not "the visit") and whose object
 * says something beyond goodwill ("deepen the great friendship" is not a
 * pledge; "resolve the obstacles facing Vietnamese businesses" is). The text
 * is the object, shortened: lead words and adverbs dropped, cut at the first
 * comma or at a word limit.
 */
import type { Span } from '../../model/document.ts';
import type { Commitment } from '../../model/extraction.ts';
import { splitClauses } from '../figures/02-clauses.ts';
import type { BoundAmount, SentenceContext } from '../figures/context.ts';
import { figureLexicon } from '../figures/data.ts';
import { wordsIn } from '../figures/phrases.ts';
import type { CommitmentLexicon } from './data.ts';
import { areaOf, partiesOf } from './parties.ts';

export function findPledges(
  s: SentenceContext,
  bound: readonly BoundAmount[],
  lex: CommitmentLexicon,
  clauses: readonly Span[] = splitClauses(s.text, figureLexicon(s.language)),
): Commitment[] {
  const text = s.text;
  // Most sentences hold no pledge cue at all: one anchor test for the sentence instead of one per clause.
  if (!lex.pledgeCues.mayOccur(text)) return [];
  const belief = lex.beliefs.all(text)[0];
  const out: Commitment[] = [];
  for (const clause of clauses) {
    if (
      bound.some((b) => b.mode === 'target' && b.amount.start >= clause.start && b.amount.end <= clause.end)
    )
      continue;
    for (const cue of lex.pledgeCues.all(text, clause.start, clause.end)) {
      if (belief && belief.end <= cue.start) break; // "expressed confidence that … will …"
      const subject = { start: clause.start, end: cue.start };
      if (!canCommit(s, lex, subject)) continue;
      const object = { start: cue.end, end: clause.end };
      const that = lex.complementizers.startingAt(text, cue.end);
      if (that && /^\s*$/.test(text.slice(cue.end, that.start))) continue; // the next cue carries it
      const paraphrase = shorten(text, lex, object);
      if (paraphrase && lex.events.startingAt(text, paraphrase.start)?.start === paraphrase.start) continue; // "will witness …"
      if (!paraphrase || !substantive(lex, paraphrase.words)) continue;
      out.push({
        kind: 'pledge',
        text: paraphrase.text,
        deadline: null,
        parties: partiesOf(s, lex, { start: 0, end: cue.start }, true),
        area: areaOf(lex, paraphrase.text, text.slice(clause.start, clause.end)),
        evidence: { start: s.offset + cue.start, end: s.offset + paraphrase.end },
        confidence: 0.6,
      });
      break;
    }
  }
  return out;
}

/** The words just before the cue name someone who can commit, not a thing. */
function canCommit(s: SentenceContext, lex: CommitmentLexicon, subject: Span): boolean {
  const words = wordsIn(s.text, subject.start, subject.end);
  const near = { start: words.at(-6)?.start ?? subject.start, end: subject.end };
  const thing = lex.nonSubjects.all(s.text, near.start, near.end).at(-1);
  const who = lex.subjects.all(s.text, near.start, near.end).at(-1);
  const country = s.countries.filter((c) => c.start >= near.start && c.end <= near.end).at(-1);
  const last = Math.max(who?.end ?? -1, country?.end ?? -1);
  if (thing && thing.end > last) return false;
  if (last >= 0) return true;
  // "… and will work": the subject is earlier in the sentence
  return lex.subjects.test(s.text, 0, subject.end) || s.countries.some((c) => c.end <= subject.end);
}

interface Paraphrase {
  text: string;
  words: string[];
  start: number;
  end: number;
}

function shorten(text: string, lex: CommitmentLexicon, object: Span): Paraphrase | null {
  let start = object.start;
  for (let lead = lex.lead.startingAt(text, start); lead; lead = lex.lead.startingAt(text, start))
    start = lead.end;
  const comma = text.slice(start, object.end).search(/[,;:(]/);
  const drop = lex.adverbs.all(text, start, object.end);
  const kept = wordsIn(text, start, object.end).filter(
    (w) => !drop.some((d) => d.start <= w.start && w.end <= d.end),
  );
  const firstPart = comma >= 0 ? kept.filter((w) => w.end <= start + comma) : kept;
  const chosen = (firstPart.length >= 3 ? firstPart : kept).slice(0, lex.file.pledge.maxWords);
  const isGlue = (w: Span | undefined) => !!w && lex.trailing.has(text.slice(w.start, w.end).toLowerCase());
  while (chosen.length > 1 && isGlue(chosen.at(-1))) chosen.pop();
  while (chosen.length > 1 && isGlue(chosen[0])) chosen.shift(); // "actively and effectively implement" → "implement"
  const last = chosen.at(-1);
  if (!last) return null;
  const words = chosen.map((w) => text.slice(w.start, w.end));
  let out = '';
  let at = chosen[0]!.start;
  for (const d of drop.filter((x) => x.start >= at && x.end <= last.end)) {
    out += text.slice(at, d.start);
    at = d.end;
  }
  out += text.slice(at, last.end);
  return {
    text: out
      .replace(/\s+/g, ' ')
      .replace(/\s+([,;])/g, '$1')
      .trim(),
    words,
    start: chosen[0]!.start,
    end: last.end,
  };
}

/** A generic word, or an inflection of one ("developed", "strengthening", "reinforced"). */
function generic(lex: CommitmentLexicon, word: string): boolean {
  const w = word.toLowerCase();
  if (lex.generic.has(w)) return true;
  const stems = [
    w.replace(/ing$/, ''),
    w.replace(/ing$/, 'e'),
    w.replace(/e?d$/, ''),
    w.replace(/d$/, ''),
    w.replace(/e?s$/, ''),
  ];
  return stems.some((stem) => stem !== w && lex.generic.has(stem));
}

function substantive(lex: CommitmentLexicon, words: readonly string[]): boolean {
  const content = words.filter((w) => !generic(lex, w) && !/^\d/.test(w));
  if (content.length >= lex.file.pledge.minWords) return true;
  return content.length > 0 && lex.areas.some(({ set }) => set.test(content.join(' ')));
}
