/**
 * Finds event trigger phrases in a sentence. Types are tried in the order of
 * the vocabulary file, and a span already claimed by an earlier type is not
 * claimed again: "signing ceremony" is a signing, "courtesy visit" a meeting.
 */
import type { Span } from '../../model/document.ts';
import { CharPairs } from '../pairs.ts';
import { anyMatch, mayMatch } from './data.ts';
import type { EventContext, Trigger } from './types.ts';

const PAIRS = new CharPairs();

export function findTriggers(ctx: EventContext): Trigger[] {
  const out: Trigger[] = [];
  for (const sentence of ctx.sentences) {
    const text = ctx.text.slice(sentence.start, sentence.end);
    const claimed: Span[] = [];
    const found: Trigger[] = [];
    const lower = text.toLowerCase();
    const words = text.includes('ſ') ? null : lower; // see lowerFor
    const pairs = PAIRS.of(lower);
    for (const { type, patterns, needsObject, keywords, keywordPairs } of ctx.vocabulary.triggers) {
      if (
        keywords.length > 0 &&
        !keywords.some((k, i) => pairs.mayContain(keywordPairs[i]!) && lower.includes(k))
      )
        continue;
      for (const pattern of patterns) {
        if (!mayMatch(pattern, words)) continue;
        pattern.lastIndex = 0;
        for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
          const span = { start: m.index, end: m.index + m[0].length };
          if (span.end === span.start) pattern.lastIndex++;
          else if (!claimed.some((c) => c.start < span.end && span.start < c.end)) {
            claimed.push(span);
            const before = text.slice(Math.max(0, span.start - 12), span.start);
            const anaphoric =
              anyMatch(ctx.vocabulary.anaphora, m[0]) || anyMatch(ctx.vocabulary.anaphora, before);
            found.push({
              type,
              sentence: sentence.index,
              start: sentence.start + span.start,
              end: sentence.start + span.end,
              needsObject,
              anaphoric,
            });
          }
        }
      }
    }
    // "Mutual visits", "over the years": talk about events in general, unless the sentence dates one.
    if (found.length > 0 && !(anyMatch(ctx.vocabulary.generic, text) && !hasDate(ctx, sentence)))
      out.push(...found);
  }
  return out.sort((a, b) => a.start - b.start);
}

function hasDate(ctx: EventContext, sentence: Span): boolean {
  return ctx.times.some((t) => t.start >= sentence.start && t.end <= sentence.end && t.kind !== 'deadline');
}
