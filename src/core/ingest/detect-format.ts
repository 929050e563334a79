/**
 * Format sniffing for inputs whose format the edge could not tell (stdin,
 * `.xml`, URLs without a content type). Looks at the start of the text only.
 */
import type { SourceFormat } from '../model/document.ts';
import { fail, ok, type Result } from '../model/result.ts';

const HEAD = 4096;

/** Signals of Markdown; two different ones are needed (a stray `![]()` in scraped text is not enough). */
const MARKDOWN_SIGNALS: readonly RegExp[] = [
  /^#{1,6}[ \t]+\S/m, // ATX heading
  /^---\r?\n[\s\S]*?\n---\r?$/m, // front matter
  /\[[^\]\n]+\]\([^)\s]+\)/, // link with text
  /!\[[^\]\n]+\]\([^)\s]+\)/, // image with alt text
  /(\*\*|__)\S[^\n]*?\S\1/, // strong emphasis
  /^[ \t]*[-*+][ \t]+\S[^\n]*\n[ \t]*[-*+][ \t]+\S/m, // two list items
  /^```/m, // fenced code
  /^>[ \t]/m, // block quote
];

/**
 * The format of a decoded input.
 * @example detectFormat('<?xml version="1.0"?><rss version="2.0">…') // ok('rss')
 */
export function detectFormat(text: string): Result<SourceFormat> {
  const head = text.slice(0, HEAD).replace(/^\uFEFF/, '');
  const start = head.trimStart();
  if (start.startsWith('<')) return sniffMarkup(start);
  if (looksLikeJson(start, text)) return ok('json');
  let signals = 0;
  for (const signal of MARKDOWN_SIGNALS) if (signal.test(head)) signals++;
  return ok(signals >= 2 ? 'markdown' : 'text');
}

function sniffMarkup(start: string): Result<SourceFormat> {
  const lower = start.toLowerCase();
  if (/<rss[\s>]/.test(lower) || /<rdf:rdf[\s>]/.test(lower)) return ok('rss');
  if (/<feed[^>]*xmlns\s*=\s*["']http:\/\/www\.w3\.org\/2005\/atom["']/.test(lower)) return ok('atom');
  if (/<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]/.test(lower)) return ok('html');
  if (lower.startsWith('<?xml'))
    return fail(
      'UNSUPPORTED_FORMAT',
      'XML that is neither RSS 2.0 nor Atom; give an RSS or Atom feed, or HTML',
    );
  if (/<(p|div|br|span|a|img|h[1-6]|article|section|table|ul|ol|figure)[\s>/]/.test(lower)) return ok('html');
  return ok('text');
}

/** `{…}`, `[…]`, or lines of `{…}`: the JSON parser tells object, array and JSON lines apart. */
function looksLikeJson(start: string, text: string): boolean {
  const first = start[0];
  if (first !== '{' && first !== '[') return false;
  const last = text.trimEnd().at(-1);
  return (first === '{' && last === '}') || (first === '[' && last === ']');
}
