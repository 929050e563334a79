import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_KB_DIR, KnowledgeBaseError, loadKnowledgeBase, readKnowledgeBase } from './index.ts';
import { formatIssue } from './issues.ts';

const BROKEN = path.join(import.meta.dirname, 'fixtures/broken');

describe('loading the shipped knowledge base', () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'cohesion-kb-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  it('loads without problems', () => {
    const read = readKnowledgeBase(undefined, { cacheDir });
    if (!read.ok) expect.fail(read.error.map(formatIssue).join('\n'));
    const kb = read.value;
    expect(kb.persons.length).toBeGreaterThanOrEqual(150);
    expect(kb.countries.length).toBeGreaterThanOrEqual(18);
    expect(kb.places.length).toBeGreaterThan(150);
    expect(kb.organisations.length).toBeGreaterThan(80);
  });

  it('loads the same data from a warm parse cache, quickly', () => {
    const cold = loadKnowledgeBase(undefined, { cacheDir: null });
    const started = performance.now();
    const warm = loadKnowledgeBase(undefined, { cacheDir });
    const elapsed = performance.now() - started;
    expect(warm.persons).toEqual(cold.persons);
    expect(warm.places).toEqual(cold.places);
    // Target is < 150 ms once per process; generous here because test workers share the CPU.
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('the parse cache', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'cohesion-kb-edit-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('never serves a file as it was before an edit', () => {
    const dir = path.join(work, 'kb');
    const cacheDir = path.join(work, 'cache');
    cpSync(DEFAULT_KB_DIR, dir, { recursive: true });
    expect(loadKnowledgeBase(dir, { cacheDir }).personsByName('To Lam Edited')).toEqual([]);
    const persons = path.join(dir, 'persons.yaml');
    writeFileSync(
      persons,
      readFileSync(persons, 'utf8').replace('aliases: [To Lam]', 'aliases: [To Lam Edited]'),
    );
    expect(
      loadKnowledgeBase(dir, { cacheDir })
        .personsByName('To Lam Edited')
        .map((p) => p.id),
    ).toEqual(['to-lam']);
  });
});

describe('a broken knowledge base', () => {
  const read = readKnowledgeBase(BROKEN, { cacheDir: null });
  const issues = read.ok ? [] : read.error;
  const lines = issues.map(formatIssue);

  it('reports every problem of every file at once', () => {
    expect(read.ok).toBe(false);
    const files = new Set(issues.map((i) => i.file));
    expect([...files].sort()).toEqual([
      'countries.yaml',
      'offices.yaml',
      'organisations.yaml',
      'persons.yaml',
      'places.yaml',
    ]);
    expect(issues.length).toBeGreaterThanOrEqual(9);
  });

  it('locates each problem by file, path, entry and line', () => {
    expect(lines).toContain(
      'persons.yaml:7 [0].offices[0].office (to-lam): unknown office type "general_secretry"',
    );
    expect(lines).toContain(
      'persons.yaml:13 [1].offices[0].end (pham-minh-chinh): ends (2020-01) before it starts (2021-04-05)',
    );
    expect(lines).toContain(
      'persons.yaml:22 [3].offices[0].start (bad-month): "2016-13" is not a calendar date',
    );
    expect(lines.some((l) => l.startsWith('persons.yaml:14 [2].name (nameless):'))).toBe(true);
    expect(lines.some((l) => l.startsWith('countries.yaml:6 [1].code (Lao):'))).toBe(true);
    expect(lines).toContain(
      'offices.yaml:7 [1].titles.en[0] (premier): title "Prime Minister" already belongs to prime_minister',
    );
    expect(lines).toContain(
      'places.yaml:6 [0].mergedInto (vn-ha-giang): unknown place "vn-tuyen-quang-2025"',
    );
    expect(lines.some((l) => l === 'organisations.yaml:4: YAML: Map keys must be unique')).toBe(true);
  });

  it('throws one KnowledgeBaseError listing them all', () => {
    try {
      loadKnowledgeBase(BROKEN, { cacheDir: null });
      expect.fail('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(KnowledgeBaseError);
      const error = e as KnowledgeBaseError;
      expect(error.code).toBe('KB_INVALID');
      expect(error.issues).toHaveLength(issues.length);
      for (const line of lines) expect(error.message).toContain(line);
    }
  });

  it('reports a missing folder file by file', () => {
    const missing = readKnowledgeBase(path.join(BROKEN, 'nowhere'), { cacheDir: null });
    expect(missing.ok ? [] : missing.error.map((i) => i.file)).toHaveLength(5);
  });
});
