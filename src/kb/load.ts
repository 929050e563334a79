/**
 * Reading the knowledge base folder: YAML files → zod validation (entry by
 * entry) → cross checks → indexes. Every problem in every file is collected
 * before giving up, each with its file, path, entry and line. Parsed files
 * are memoised on disk (parse-cache.ts); line numbers come from re-parsing,
 * which only happens when there are problems.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { ok, type Result } from '../core/model/result.ts';
import { buildKnowledgeBase, type KnowledgeBase } from './build.ts';
import { crossCheck, KB_FILES, type KbFile } from './check.ts';
import { type KbIssue, KnowledgeBaseError } from './issues.ts';
import { cacheKey, readCached, writeCached } from './parse-cache.ts';
import { Country, type KnowledgeBaseFiles, OfficeType, Organisation, Person, Place } from './schema.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** knowledge/kb of the project, wherever the process was started from. */
export const DEFAULT_KB_DIR = path.join(ROOT, 'knowledge/kb');
const DEFAULT_CACHE_DIR = path.join(ROOT, 'node_modules/.cache/cohesion-kb');

export interface LoadOptions {
  /** Where parsed files are cached; null to parse every time. */
  readonly cacheDir?: string | null;
}

interface Parsed {
  readonly text: string;
  readonly data: unknown;
}

const ENTRY_SCHEMAS: Record<KbFile, z.ZodType> = {
  countries: Country,
  offices: OfficeType,
  persons: Person,
  places: Place,
  organisations: Organisation,
};

const fileName = (file: KbFile) => `${file}.yaml`;

function formatPath(at: readonly PropertyKey[]): string {
  return at.map((s) => (typeof s === 'number' ? `[${s}]` : `.${String(s)}`)).join('');
}

/** Id, key or code of the top-level entry a path points into, for messages. */
function entryOf(data: unknown, at: readonly PropertyKey[]): string | null {
  const index = at[0];
  if (!Array.isArray(data) || typeof index !== 'number') return null;
  const item: unknown = data[index];
  if (item === null || typeof item !== 'object') return null;
  const record = item as Record<string, unknown>;
  const id = record.id ?? record.key ?? record.code ?? record.name;
  return typeof id === 'string' ? id : null;
}

/** Returns the line of the deepest node on each path that exists (a missing field points at its parent). */
function lineFinder(text: string): (at: readonly PropertyKey[]) => number | null {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  return (at) => {
    for (let n = at.length; n >= 0; n--) {
      const node = doc.getIn(at.slice(0, n), true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return null;
  };
}

function parseFile(
  dir: string,
  file: KbFile,
  cacheDir: string | null,
  issues: KbIssue[],
): Parsed | undefined {
  const filePath = path.join(dir, fileName(file));
  if (!existsSync(filePath)) {
    issues.push({
      file: fileName(file),
      path: '',
      entry: null,
      line: null,
      message: `missing (expected ${filePath})`,
    });
    return undefined;
  }
  const text = readFileSync(filePath, 'utf8');
  const key = cacheKey(dir, file, text);
  const cached = cacheDir === null ? { hit: false as const } : readCached(cacheDir, key);
  if (cached.hit) return { text, data: cached.data };

  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const line = lines.linePos(e.pos[0]).line;
      // The library's message repeats the position and quotes the source; keep its first sentence.
      const message = (e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
      issues.push({ file: fileName(file), path: '', entry: null, line, message: `YAML: ${message}` });
    }
    return undefined;
  }
  const data: unknown = doc.toJS();
  if (cacheDir !== null) writeCached(cacheDir, key, data);
  return { text, data };
}

/** A problem found in parsed data, located by path segments until lines are looked up. */
interface Located {
  readonly file: KbFile;
  readonly at: readonly PropertyKey[];
  readonly message: string;
}

/**
 * Validates a file's entries one by one, so one bad entry does not hide the
 * problems of the others; `indexes` maps each valid entry to its place in the file.
 */
function validateEntries(
  file: KbFile,
  data: unknown,
): { valid: unknown[]; indexes: number[]; problems: Located[] } {
  const valid: unknown[] = [];
  const indexes: number[] = [];
  const problems: Located[] = [];
  const entries = data ?? [];
  if (!Array.isArray(entries))
    return { valid, indexes, problems: [{ file, at: [], message: 'expected a list of entries' }] };
  entries.forEach((entry: unknown, i) => {
    const result = ENTRY_SCHEMAS[file].safeParse(entry);
    if (!result.success) {
      for (const zi of result.error.issues) problems.push({ file, at: [i, ...zi.path], message: zi.message });
      return;
    }
    valid.push(result.data);
    indexes.push(i);
  });
  return { valid, indexes, problems };
}

/** Adds entry ids and line numbers (re-parsing each file concerned once). */
function withLines(located: readonly Located[], parsed: ReadonlyMap<KbFile, Parsed>): KbIssue[] {
  const finders = new Map<KbFile, (at: readonly PropertyKey[]) => number | null>();
  return located.map(({ file, at, message }) => {
    const p = parsed.get(file)!;
    let lineOf = finders.get(file);
    if (lineOf === undefined) {
      lineOf = lineFinder(p.text);
      finders.set(file, lineOf);
    }
    return {
      file: fileName(file),
      path: formatPath(at),
      entry: entryOf(p.data, at),
      line: lineOf(at),
      message,
    };
  });
}

/**
 * Reads and checks the knowledge base; problems are a value, not an exception.
 * @example
 * const read = readKnowledgeBase();
 * if (!read.ok) for (const issue of read.error) console.error(formatIssue(issue));
 */
export function readKnowledgeBase(
  dir: string = DEFAULT_KB_DIR,
  options: LoadOptions = {},
): Result<KnowledgeBase, readonly KbIssue[]> {
  const cacheDir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  const unparsable: KbIssue[] = [];
  const parsed = new Map<KbFile, Parsed>();
  const located: Located[] = [];
  const files: Partial<Record<KbFile, unknown[]>> = {};
  const indexesOf = new Map<KbFile, number[]>();

  for (const file of KB_FILES) {
    const p = parseFile(dir, file, cacheDir, unparsable);
    if (p === undefined) continue;
    parsed.set(file, p);
    const { valid, indexes, problems } = validateEntries(file, p.data);
    files[file] = valid;
    indexesOf.set(file, indexes);
    located.push(...problems);
  }
  // Cross checks see only valid entries: map their positions back to the file's.
  for (const issue of crossCheck(files as Partial<KnowledgeBaseFiles>)) {
    const [first, ...rest] = issue.at;
    const at = typeof first === 'number' ? [indexesOf.get(issue.file)?.[first] ?? first, ...rest] : issue.at;
    located.push({ ...issue, at });
  }

  if (unparsable.length === 0 && located.length === 0)
    return ok(buildKnowledgeBase(files as KnowledgeBaseFiles));
  return { ok: false, error: [...unparsable, ...withLines(located, parsed)] };
}

/**
 * Loads the knowledge base (default: the project's knowledge/kb), throwing a
 * `KnowledgeBaseError` that lists every problem if the data is unusable.
 * @example
 * const kb = loadKnowledgeBase();
 * kb.holdersOn('prime_minister', 'LA', '2025-12-01')[0]?.name; // 'Sonexay Siphandone'
 */
export function loadKnowledgeBase(dir: string = DEFAULT_KB_DIR, options: LoadOptions = {}): KnowledgeBase {
  const read = readKnowledgeBase(dir, options);
  if (!read.ok) throw new KnowledgeBaseError(dir, read.error);
  return read.value;
}
