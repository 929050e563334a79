/**
 * A disk memo of YAML text → parsed value. Parsing is the slow step of
 * loading (the `yaml` package lexes the ~140 KB knowledge base in 150–500 ms
 * on a cold process; reading the JSON back takes a few). It memoises the
 * parse only: validation and checks still run on every load, and an edited
 * file hashes to a new entry. Any failure to read or write is a cache miss.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Part of every key: bump when the text → value mapping changes (yaml major version, parse options). */
const FORMAT = 'yaml2-core-v1';

const sha256 = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const part of parts) h.update(part);
  return h.digest('hex');
};

/** `persons-<folder>-<content>`: folders do not evict each other's entries. */
export function cacheKey(dir: string, file: string, text: string): string {
  return `${file}-${sha256(path.resolve(dir)).slice(0, 8)}-${sha256(FORMAT, text).slice(0, 32)}`;
}

export function readCached(cacheDir: string, key: string): { hit: true; data: unknown } | { hit: false } {
  try {
    return { hit: true, data: JSON.parse(readFileSync(path.join(cacheDir, `${key}.json`), 'utf8')) };
  } catch {
    return { hit: false };
  }
}

/** Stores `data` under `key`, dropping older versions of the same file of the same folder. */
export function writeCached(cacheDir: string, key: string, data: unknown): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
    const prefix = key.slice(0, key.lastIndexOf('-') + 1);
    for (const old of readdirSync(cacheDir)) {
      if (old.startsWith(prefix)) rmSync(path.join(cacheDir, old), { force: true });
    }
    // Write then rename, so a process loading at the same time never reads half a file.
    const temp = path.join(cacheDir, `${key}.${process.pid}.tmp`);
    writeFileSync(temp, JSON.stringify(data));
    renameSync(temp, path.join(cacheDir, `${key}.json`));
  } catch {
    // A read-only tree only costs speed: the next load parses again.
  }
}
