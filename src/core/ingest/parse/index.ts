/** Parsers by format: each turns one decoded input into records, problems and fetch requests. */
import type { SourceFormat } from '../../model/document.ts';
import { parseFeed } from './feed.ts';
import { parseHtml } from './html.ts';
import { parseJson } from './json.ts';
import { parseMarkdown } from './markdown.ts';
import { parseText } from './text.ts';
import type { Parser } from './types.ts';

export type { CleanMode, ParsedItem, ParsedRecord, ParseSource } from './types.ts';

export const PARSERS: Readonly<Record<SourceFormat, Parser>> = {
  text: parseText,
  markdown: parseMarkdown,
  html: parseHtml,
  json: parseJson,
  rss: parseFeed,
  atom: parseFeed,
};
