/** Plain text: the whole input is one document. */
import type { Parser } from './types.ts';

export const parseText: Parser = ({ input, format, text }) => [
  {
    kind: 'record',
    origin: input.origin,
    name: input.name,
    format,
    original: input.bytes,
    raw: text,
    mode: 'text',
    captionHints: [],
    meta: {},
    fallback: {},
    perRecord: false,
  },
];
