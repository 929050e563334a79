import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cohesion } from '../support/cli.ts';
import { DEV_CORPUS, hasShared, ROOT } from '../support/shared.ts';

const SAMPLES = path.join(ROOT, 'samples/articles');
const tempDb = () => path.join(mkdtempSync(path.join(tmpdir(), 'cohesion-cli-')), 'test.db');
const json = (s: string) => JSON.parse(s) as Record<string, unknown>;

describe('cohesion ingest (end to end)', () => {
  it('ingests the samples and the dev corpus; a second run adds nothing', { timeout: 120_000 }, () => {
    const db = tempDb();
    // The corpus folder also holds gold answers and an index: its articles are the .txt files.
    const articles = hasShared
      ? readdirSync(DEV_CORPUS)
          .filter((f) => f.endsWith('.txt'))
          .map((f) => path.join(DEV_CORPUS, f))
      : [];
    const inputs = [SAMPLES, ...articles];
    const first = cohesion(['ingest', ...inputs, '--db', db, '--json']);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const added = json(first.stdout).added as number;
    expect(added).toBeGreaterThan(hasShared ? 40 : 15);
    const countAfterFirst = json(cohesion(['stats', '--db', db, '--json']).stdout).documents;

    const second = json(cohesion(['ingest', ...inputs, '--db', db, '--json']).stdout);
    expect(second.added).toBe(0);
    expect(second.duplicates).toBe(added);
    expect(json(cohesion(['stats', '--db', db, '--json']).stdout).documents).toBe(countAfterFirst);

    // Diacritics and case fold in search: "to lam" finds "Tô Lâm".
    const toLam = JSON.parse(cohesion(['search', 'to', 'lam', '--db', db, '--json']).stdout) as {
      title: string;
    }[];
    expect(toLam.length).toBeGreaterThan(3);
    const thongloun = JSON.parse(cohesion(['search', 'THONGLOUN', '--db', db, '--json']).stdout) as {
      id: string;
    }[];
    expect(thongloun.length).toBeGreaterThan(3);
    if (hasShared) {
      const seed = JSON.parse(
        cohesion(['search', '"Thongloun Sisoulith"', 'hanoi', '--db', db, '--json', '--limit', '100']).stdout,
      ) as {
        id: string;
      }[];
      expect(seed.length).toBeGreaterThan(0);
    }
  });

  it('reports each bad file with a reason and loses nothing else', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cohesion-bad-'));
    writeFileSync(
      path.join(dir, 'binary.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3, 0, 0, 255, 0]),
    );
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(
      path.join(dir, 'latin1.txt'),
      Buffer.from('Vientiane — Caf\xe9 owners met the d\xe9l\xe9gation from Hanoi on Monday.\n', 'latin1'),
    );
    writeFileSync(path.join(dir, 'huge.txt'), 'Vietnam and Laos. '.repeat(3_000_000)); // ~54 MB
    writeFileSync(
      path.join(dir, 'good.txt'),
      'Two ministers met\nThe two ministers met in Vientiane on Monday to review trade.\n',
    );
    const db = tempDb();
    const run = cohesion(['ingest', dir, '--db', db, '--json']);
    expect(run.status).toBe(1);
    const summary = json(run.stdout) as {
      added: number;
      failed: number;
      failures: { origin: string; problem: { code: string } }[];
    };
    expect(summary.added).toBe(2); // latin1.txt and good.txt
    const codes = Object.fromEntries(summary.failures.map((f) => [path.basename(f.origin), f.problem.code]));
    expect(codes).toEqual({
      'binary.txt': 'BINARY_FILE',
      'empty.txt': 'EMPTY_AFTER_CLEANING',
      'huge.txt': 'TOO_LARGE',
    });
    // The Latin-1 file was decoded, not mangled: its accented words are stored and found either way.
    const hits = JSON.parse(cohesion(['search', 'delegation', '--db', db, '--json']).stdout) as {
      id: string;
    }[];
    expect(hits).toHaveLength(1);
    const shown = json(cohesion(['docs', 'show', hits[0]!.id, '--db', db, '--json']).stdout);
    expect(shown.text).toContain('Café owners met the délégation');
  });

  it('exits 2 with a usage message on bad flags, 3 on a missing document', () => {
    expect(cohesion(['ingest', '--max-bytes', 'lots', 'x']).status).toBe(2);
    const missing = cohesion(['docs', 'show', 'nope', '--db', tempDb()]);
    expect(missing.status).toBe(3);
    expect(missing.stderr).toMatch(/not found/);
  });

  it('reads stdin and supports --dry-run', () => {
    const db = tempDb();
    const dry = json(
      cohesion(
        ['ingest', '-', '--db', db, '--json', '--dry-run'],
        {},
        'A headline\nLao and Vietnamese officials met in Hanoi.\n',
      ).stdout,
    );
    expect(dry.added).toBe(1);
    expect(json(cohesion(['stats', '--db', db, '--json']).stdout).documents).toBe(0);
  });
});
