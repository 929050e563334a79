/**
 * JSON: one object, an array of objects, or JSON lines. Each record needs a
 * `text` string; `title`, `published`, `url`, `source`, `language` and
 * `id` are optional. A bad record is reported alone (INVALID_RECORD,
 * origin `path#N`, N counting from 1); the others still ingest.
 */
import { z } from 'zod';
import { normaliseDate } from '../meta/dates.ts';
import { toLanguage } from '../meta/language.ts';
import { arrayElements, jsonLines } from './json-split.ts';
import { defined, type ParsedItem, type Parser, type ParseSource } from './types.ts';

const Optional = z.string().nullish();
const JsonRecord = z.object({
  text: z
    .string({ error: 'missing or not a string' })
    .refine((t) => t.trim().length > 0, 'has an empty `text`'),
  title: Optional,
  published: Optional,
  url: Optional,
  source: Optional,
  language: Optional,
  id: z.union([z.string(), z.number()]).nullish(),
});

export const parseJson: Parser = (source) => {
  const { input, text, slice } = source;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Not one JSON value: JSON lines, each parsed alone.
    const lines = jsonLines(text);
    return lines.map((span, i) => {
      const line = text.slice(span.start, span.end);
      const origin = `${input.origin}#${i + 1}`;
      try {
        return record(source, JSON.parse(line), slice(span.start, span.end), origin, i + 1);
      } catch (error) {
        return invalid(
          origin,
          `line ${i + 1} is not JSON (${error instanceof Error ? error.message : error})`,
        );
      }
    });
  }
  if (Array.isArray(value)) {
    const spans = arrayElements(text);
    return value.map((element, i) => {
      const span = spans[i];
      const bytes = span ? slice(span.start, span.end) : new TextEncoder().encode(JSON.stringify(element));
      return record(source, element, bytes, `${input.origin}#${i + 1}`, i + 1);
    });
  }
  return [record(source, value, input.bytes, input.origin, null)];
};

function record(
  { input, format }: ParseSource,
  value: unknown,
  original: Uint8Array,
  origin: string,
  index: number | null,
): ParsedItem {
  const which = index === null ? 'the JSON document' : `record ${index}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return invalid(origin, `${which} is not an object with a \`text\` field`);
  const parsed = JsonRecord.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) =>
      i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message,
    );
    return invalid(origin, `${which} ${issues.join('; ')}`);
  }
  const r = parsed.data;
  const language = toLanguage(r.language);
  const name =
    r.id !== undefined && r.id !== null
      ? String(r.id)
      : index === null
        ? input.name
        : input.name && `${input.name}#${index}`;
  return {
    kind: 'record',
    origin,
    name,
    format,
    original,
    raw: r.text.normalize('NFC'),
    mode: 'text',
    captionHints: [],
    meta: defined({
      title: r.title?.trim(),
      published: normaliseDate(r.published),
      url: r.url?.trim(),
      source: r.source?.trim(),
      ...(language !== 'und' ? { language } : {}),
    }),
    fallback: {},
    perRecord: index !== null,
  };
}

function invalid(origin: string, message: string): ParsedItem {
  return { kind: 'problem', origin, problem: { code: 'INVALID_RECORD', message } };
}
