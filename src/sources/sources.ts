/**
 * The I/O edge of ingest: turns command-line inputs (files, folders, URLs,
 * `-` for stdin) into a stream of items to read. Nothing here parses text.
 */
import { opendir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFormat } from '../core/model/document.ts';
import type { Problem } from '../core/model/result.ts';
import { formatFromPath, stemOf } from './formats.ts';

export interface SourceItem {
  readonly origin: string;
  readonly name: string | null;
  readonly format?: SourceFormat;
  /** Size in bytes when known before reading (files). */
  readonly size?: number;
  /** Reads the whole item; rejects with an Error whose message is shown to the user. */
  read(): Promise<Uint8Array>;
}

/** An input that could not even be listed (missing path, unreadable folder). */
export interface SourceFailure {
  readonly origin: string;
  readonly problem: Problem;
}

export type SourceEntry = { readonly item: SourceItem } | { readonly failure: SourceFailure };

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/**
 * Expands inputs in order; folders recursively, sorted by name so runs are
 * reproducible; hidden files and folders are skipped.
 */
export async function* expandInputs(
  inputs: readonly string[],
  readStdin: () => Promise<Uint8Array> = readAllStdin,
): AsyncGenerator<SourceEntry> {
  for (const input of inputs) {
    if (input === '-') {
      yield { item: { origin: 'stdin', name: null, read: readStdin } };
    } else if (isUrl(input)) {
      yield { item: urlItem(input) };
    } else {
      yield* expandPath(input);
    }
  }
}

async function* expandPath(p: string): AsyncGenerator<SourceEntry> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(p);
  } catch {
    yield { failure: { origin: p, problem: { code: 'NOT_FOUND', message: `no such file or folder: ${p}` } } };
    return;
  }
  if (info.isDirectory()) {
    let names: string[];
    try {
      const dir = await opendir(p);
      names = [];
      for await (const entry of dir) if (!entry.name.startsWith('.')) names.push(entry.name);
    } catch (error) {
      yield {
        failure: {
          origin: p,
          problem: { code: 'READ_FAILED', message: `cannot list ${p}: ${String(error)}` },
        },
      };
      return;
    }
    names.sort();
    for (const name of names) yield* expandPath(path.join(p, name));
    return;
  }
  const format = formatFromPath(p);
  yield {
    item: {
      origin: p,
      name: stemOf(p),
      ...(format ? { format } : {}),
      size: info.size,
      read: () => readFile(p).then((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength)),
    },
  };
}

/** Items for URLs are filled in by the fetcher, which knows the content type only after the request. */
function urlItem(url: string): SourceItem {
  return {
    origin: url,
    name: null,
    read: () => Promise.reject(new Error('URL items are read by the fetcher')),
  };
}

export const isUrlItem = (item: SourceItem) => isUrl(item.origin);

/** process.stdin, not /dev/stdin: the latter cannot be opened when stdin is a socket (ENXIO). */
async function readAllStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return new Uint8Array(Buffer.concat(chunks));
}
