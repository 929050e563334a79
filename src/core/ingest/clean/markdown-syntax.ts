/**
 * Markdown syntax as ranges to take out of a line, leaving the words:
 * `**a**` → `a`, `[text](url)` → `text`, `# Heading` → `Heading`.
 * Ranges are `[start, end)` offsets into the line.
 */
export type Range = readonly [number, number];
type Rule = readonly [RegExp, (m: RegExpExecArray) => Range[]];

/** Removes `open` characters at the start of the match and `close` at its end. */
const wrap =
  (open: number, close: number) =>
  (m: RegExpExecArray): Range[] => {
    const end = m.index + m[0].length;
    return [
      [m.index, m.index + open],
      [end - close, end],
    ];
  };

const INLINE: readonly Rule[] = [
  // [text](url) and [text][ref]: keep the text
  [
    /(?<!!)\[([^\]\n]*)\]\(([^)\n]*)\)/g,
    (m) => [
      [m.index, m.index + 1],
      [m.index + 1 + m[1]!.length, m.index + m[0].length],
    ],
  ],
  [
    /(?<!!)\[([^\]\n]+)\]\[[^\]\n]*\]/g,
    (m) => [
      [m.index, m.index + 1],
      [m.index + 1 + m[1]!.length, m.index + m[0].length],
    ],
  ],
  [/<(https?:\/\/[^>\s]+)>/g, wrap(1, 1)],
  [/<\/?[A-Za-z][^>\n]*>/g, (m) => [[m.index, m.index + m[0].length]]],
  [/(`+)([^`\n]+?)\1/g, (m) => wrap(m[1]!.length, m[1]!.length)(m)],
  [/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, wrap(2, 2)],
  [/(?<![\p{L}\p{N}*\\])\*(?=[^\s*])([^*\n]*?[^\s*\\])\*(?![\p{L}\p{N}*])/gu, wrap(1, 1)],
  [/(?<![\p{L}\p{N}_\\])_(?=[^\s_])([^_\n]*?[^\s_\\])_(?![\p{L}\p{N}_])/gu, wrap(1, 1)],
  [/~~(?=\S)([^\n]*?\S)~~/g, wrap(2, 2)],
  [/\\([\\`*_{}[\]()#+\-.!|>~])/g, (m) => [[m.index, m.index + 1]]],
];

const HEADING = /^\s{0,3}#{1,6}(?:\s+|$)/;
const CLOSING_HASHES = /\s+#+\s*$/;
const QUOTE = /^\s*(?:>\s?)+/;
const ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;

export const FENCE = /^\s{0,3}(?:```|~~~)/;
export const SETEXT = /^\s{0,3}(?:=+|-+)\s*$/;
export const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
export const TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
export const REFERENCE = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
export const FRONT_MATTER_FENCE = /^(?:---|\.\.\.)\s*$/;

/** Line prefixes: heading marks, quote marks, list bullets. */
export function lineSyntax(line: string): {
  ranges: Range[];
  kind: 'heading' | 'item' | 'quote' | 'row' | 'text';
} {
  const ranges: Range[] = [];
  const heading = HEADING.exec(line);
  if (heading) {
    ranges.push([0, heading[0].length]);
    const closing = CLOSING_HASHES.exec(line);
    if (closing) ranges.push([closing.index, line.length]);
    return { ranges, kind: 'heading' };
  }
  let at = 0;
  const quote = QUOTE.exec(line);
  if (quote) {
    ranges.push([0, quote[0].length]);
    at = quote[0].length;
  }
  const item = ITEM.exec(line.slice(at));
  if (item) ranges.push([at, at + item[0].length]);
  if (item) return { ranges, kind: 'item' };
  return { ranges, kind: quote ? 'quote' : TABLE_ROW.test(line) ? 'row' : 'text' };
}

/** Emphasis, links, code spans, inline HTML, escapes. */
export function inlineSyntax(line: string): Range[] {
  const ranges: Range[] = [];
  for (const [pattern, take] of INLINE) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(line); m; m = pattern.exec(line)) ranges.push(...take(m));
  }
  return ranges;
}
