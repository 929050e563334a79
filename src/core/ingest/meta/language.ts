/**
 * Language identification for en / vi / lo from knowledge/ingest/languages.yaml:
 * a language with its own script (Lao) wins on script share; the others are
 * scored by stop words plus the share of letters only they use (ă, ơ, đ …).
 */
import { LANGUAGES, type Language } from '../../model/document.ts';
import { LANGUAGE_DATA } from '../data.ts';

/** Fewer letters than this and the language is `und`. */
const MIN_LETTERS = 20;
/** Share of letters in a language's own script that decides it outright. */
const SCRIPT_SHARE = 0.3;
/** Below this score no language is claimed. */
const MIN_SCORE = 0.05;
/** A letter-share point counts this much against a stop-word-rate point. */
const LETTER_WEIGHT = 2;
/** Identification reads this much of the text; the rest rarely changes the answer. */
const SAMPLE = 1500;

const PROFILES = Object.entries(LANGUAGE_DATA.languages).map(([code, data]) => ({
  code: code as Language,
  scripts: data.scripts,
  letters: new Set(data.letters),
  scored: data.stopwords.length > 0 || data.letters.length > 0,
}));

/** FNV-1a over UTF-16 units: words are looked up by hash, without slicing them out. */
function fnv(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Stop words as an open-addressing table of their hashes (a 32-bit collision
 * is harmless here): `KEYS` holds hash | 0, `MASKS` the bit mask of the
 * profiles listing the word. Faster than a Map on every word of the sample.
 */
const TABLE_BITS = 10;
const KEYS = new Int32Array(1 << TABLE_BITS);
const MASKS = new Uint8Array(1 << TABLE_BITS);
let longestStopword = 0;
PROFILES.forEach((p, i) => {
  for (const word of LANGUAGE_DATA.languages[p.code as 'en']!.stopwords) {
    const key = fnv(word.toLowerCase()) | 0;
    let slot = key & (KEYS.length - 1);
    while (MASKS[slot] !== 0 && KEYS[slot] !== key) slot = (slot + 1) & (KEYS.length - 1);
    KEYS[slot] = key;
    MASKS[slot] = MASKS[slot]! | (1 << i);
    longestStopword = Math.max(longestStopword, word.length);
  }
});

function stopwordMask(key: number): number {
  let slot = key & (KEYS.length - 1);
  while (MASKS[slot] !== 0) {
    if (KEYS[slot] === key) return MASKS[slot]!;
    slot = (slot + 1) & (KEYS.length - 1);
  }
  return 0;
}

/**
 * Per UTF-16 unit, computed once: bit 0 = part of a word; bits 1+2i = in
 * profile i's script; bits 2+2i = one of profile i's own letters.
 * Units are lower-cased before lookup.
 */
const UNIT = new Int32Array(0x10000).fill(-1);
function unitClass(code: number): number {
  let v = UNIT[code]!;
  if (v >= 0) return v;
  const ch = String.fromCharCode(code);
  v = /[\p{L}\p{M}\p{N}]/u.test(ch) ? 1 : 0;
  PROFILES.forEach((p, i) => {
    if (p.scripts.some(([lo, hi]) => code >= lo && code <= hi)) v |= 1 << (1 + 2 * i);
    if (p.letters.has(ch)) v |= 1 << (2 + 2 * i);
  });
  UNIT[code] = v;
  return v;
}

/**
 * The language of a text, or `und`.
 * @example detectLanguage('Thủ tướng Chính phủ đã tiếp Đại sứ Lào tại Hà Nội và chúc mừng') === 'vi'
 */
export function detectLanguage(text: string): Language {
  const lower = (text.length > SAMPLE ? text.slice(0, SAMPLE) : text).toLowerCase();
  const script = new Array<number>(PROFILES.length).fill(0);
  const own = new Array<number>(PROFILES.length).fill(0);
  const hits = new Array<number>(PROFILES.length).fill(0);
  let letters = 0;
  let words = 0;
  let wordStart = -1;
  let hash = 0x811c9dc5;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 32;
    const cls =
      code < 0x80 ? ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) ? 1 : 0) : unitClass(code);
    if (cls & 1) {
      letters++;
      if (wordStart < 0) {
        wordStart = i;
        hash = 0x811c9dc5;
      }
      hash = Math.imul(hash ^ code, 0x01000193);
      if (cls > 1) {
        for (let p = 0; p < PROFILES.length; p++) {
          if (cls & (1 << (1 + 2 * p))) script[p]!++;
          if (cls & (1 << (2 + 2 * p))) own[p]!++;
        }
      }
    } else if (wordStart >= 0) {
      words++;
      const mask = i - wordStart <= longestStopword ? stopwordMask(hash | 0) : 0;
      if (mask) for (let p = 0; p < PROFILES.length; p++) if (mask & (1 << p)) hits[p]!++;
      wordStart = -1;
    }
  }
  if (letters < MIN_LETTERS) return 'und';
  const byScript = PROFILES.findIndex((_, p) => script[p]! / letters >= SCRIPT_SHARE);
  if (byScript >= 0) return PROFILES[byScript]!.code;
  let best: Language = 'und';
  let bestScore = MIN_SCORE;
  PROFILES.forEach((profile, p) => {
    if (!profile.scored) return;
    const score = hits[p]! / Math.max(1, words) + (LETTER_WEIGHT * own[p]!) / letters;
    if (score > bestScore) {
      best = profile.code;
      bestScore = score;
    }
  });
  return best;
}

/** A language tag (`vi-VN`, `en_US`, `lo`) to one of ours, else `und`. */
export function toLanguage(tag: string | null | undefined): Language {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as Language) : 'und';
}
