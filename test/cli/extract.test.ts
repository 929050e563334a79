import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cohesion } from '../support/cli.ts';
import { ROOT } from '../support/shared.ts';

const SAMPLES = path.join(ROOT, 'samples/articles');
const tempDb = () => path.join(mkdtempSync(path.join(tmpdir(), 'cohesion-cli-')), 'test.db');
const json = (s: string) => JSON.parse(s) as Record<string, unknown>;

describe('cohesion extract --all (end to end)', () => {
  it('extracts the stored documents once; a second run has nothing to do', { timeout: 120_000 }, () => {
    const db = tempDb();
    const ingested = cohesion(['ingest', SAMPLES, '--db', db, '--json']);
    expect(ingested.status).toBe(0);
    const added = json(ingested.stdout).added as number;

    const first = cohesion(['extract', '--all', '--db', db, '--json']);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(json(first.stdout)).toMatchObject({ extractor: 'rules', extracted: added, skipped: 0, failed: 0 });

    const second = cohesion(['extract', '--all', '--db', db, '--json']);
    expect(second.status).toBe(0);
    expect(json(second.stdout)).toMatchObject({ extracted: 0, skipped: added, failed: 0 });

    const forced = cohesion(['extract', '--force', '--db', db, '--json']);
    expect(json(forced.stdout)).toMatchObject({ extracted: added, skipped: 0 });

    // docs show carries the stored extraction, keyed by the store id.
    const [head] = JSON.parse(cohesion(['docs', 'list', '--db', db, '--json']).stdout).items as {
      id: string;
    }[];
    const shown = json(cohesion(['docs', 'show', head!.id, '--db', db, '--json']).stdout);
    expect(shown.extraction).toMatchObject({
      documentId: head!.id,
      extraction: { doc: { id: head!.id } },
    });
  });

  it('refuses --all with files, and no inputs at all, as usage errors', () => {
    const db = tempDb();
    expect(cohesion(['extract', '--all', SAMPLES, '--db', db]).status).toBe(2);
    const none = cohesion(['extract', '--db', db]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('--all');
  });
});
