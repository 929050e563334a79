/**
 * Step 3: agreements, named documents signed or to be signed. A document word
 * ("memorandum of understanding", "protocol", "plan") counts when the
 * sentence speaks of signing, or when it is a capitalised title ("the
 * Agreement on …"). The text is the document's short name: up to two words
 * before it ("cooperation documents") and its topic ("on training cooperation
 * in the 2017-2020 period"), skipping who signs ("between ministries …").
 */
import type { Span } from '../../model/document.ts';
import type { Commitment } from '../../model/extraction.ts';
import type { SentenceContext } from '../figures/context.ts';
import { figureLexicon } from '../figures/data.ts';
import { wordsIn } from '../figures/phrases.ts';
import type { CommitmentLexicon } from './data.ts';
import { areaOf, partiesOf } from './parties.ts';

export function findAgreements(s: SentenceContext, lex: CommitmentLexicon): Commitment[] {
  const text = s.text;
  // Most sentences name no document: look for one before reading the signing words.
  const docs = lex.documents.all(text);
  if (docs.length === 0) return [];
  const signing = lex.signing.all(text);
  const signed = signing.length > 0;
  const glue = figureLexicon(s.language).glue;
  const out: Commitment[] = [];
  let covered = -1;
  for (const doc of docs) {
    if (doc.start < covered) continue;
    const title = /^\p{Lu}/u.test(text.slice(doc.start, doc.end));
    const topic = topicOf(text, lex, doc.end);
    if (!signed && !(title && topic)) continue;
    const name = text.slice(doc.start, doc.end);
    const stop = (w: Span) =>
      !!glue.startingAt(text, w.start) || signing.some((h) => h.start < w.end && w.start < h.end);
    const before = modifiersBefore(text, doc.start, lex.file.agreement.wordsBefore, stop);
    if (lex.bare.has(name.toLowerCase()) && !topic && !before) continue;
    const start = before?.start ?? doc.start;
    const end = topic?.end ?? doc.end;
    const short =
      `${before ? `${text.slice(before.start, doc.start)}` : ''}${name}${topic ? ` ${topic.text}` : ''}`
        .replace(/\s+/g, ' ')
        .trim();
    covered = end;
    // The evidence reaches back to the signing word when it is close ("signed the minutes"), so it reads as a claim.
    const cue = signing.filter((h) => h.end <= start && start - h.end < 60).at(-1);
    out.push({
      kind: 'agreement',
      text: short,
      deadline: null,
      parties: partiesOf(s, lex, { start: 0, end: text.length }, true),
      area: areaOf(lex, short, text),
      evidence: { start: s.offset + (cue?.start ?? start), end: s.offset + end },
      confidence: title || signed ? 0.7 : 0.5,
    });
  }
  return out;
}

/** Up to `max` describing words right before the document word ("share transfer agreement"). */
function modifiersBefore(text: string, at: number, max: number, stop: (w: Span) => boolean): Span | null {
  const words = wordsIn(text, Math.max(0, at - 40), at);
  let first: Span | null = null;
  for (let i = words.length - 1, n = 0; i >= 0 && n < max; i--, n++) {
    const w = words[i]!;
    const gap = text.slice(w.end, first?.start ?? at);
    if (
      !/^\s+$/.test(gap) ||
      stop(w) ||
      /\d/.test(text.slice(w.start, w.end)) ||
      VAGUE.test(text.slice(w.start, w.end))
    )
      break;
    first = w;
  }
  return first;
}

const VAGUE =
  /^(important|several|many|various|some|other|relevant|new|two|three|four|five|six|seven|eight|nine|ten|number|\p{Lu}\p{Ll}*)$/u;

/** "on training cooperation in the 2017-2020 period": from a topic word to the first stop. */
function topicOf(text: string, lex: CommitmentLexicon, from: number): { text: string; end: number } | null {
  let at = from;
  const paren = /^\s*\([^)]{1,12}\)/.exec(text.slice(at));
  if (paren) at += paren[0].length;
  const first = lex.topics.startingAt(text, at);
  if (!first) return null;
  let start = first.start;
  // "between ministries … of the two countries in education": the topic is after who signs.
  if (/^between$/i.test(text.slice(first.start, first.end))) {
    const next = lex.topics
      .all(text, first.end, Math.min(text.length, first.end + 140))
      .find((t) => !/^(between|of)$/i.test(text.slice(t.start, t.end)));
    if (!next) return null;
    start = next.start;
  }
  const max = lex.file.agreement.maxWords;
  const words = wordsIn(text, start, text.length);
  let end = start;
  for (const [i, w] of words.entries()) {
    if (i >= max) break;
    const gap = text.slice(end, w.start);
    if (/[;.!?]/.test(gap) || (/,\s*$/.test(gap) && /ing$|^which$|^who$/.test(text.slice(w.start, w.end))))
      break;
    const stop = lex.stops.startingAt(text, w.start);
    if (i > 0 && stop && stop.start === w.start) break;
    end = w.end;
  }
  const out = text.slice(start, end).trim();
  return out ? { text: out, end } : null;
}
