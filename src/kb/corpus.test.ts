/** Every person named in the team's gold answers must be known to the knowledge base. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEV_CORPUS, DEV_VI_CORPUS, hasShared } from '../../test/support/shared.ts';
import { type KnowledgeBase, loadKnowledgeBase } from './index.ts';

interface Gold {
  persons?: string[];
  events?: { participants?: string[] }[];
}

function goldNames(dir: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json'))) {
    const gold = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Gold;
    const people = [...(gold.persons ?? []), ...(gold.events ?? []).flatMap((e) => e.participants ?? [])];
    for (const name of people) found.set(name, [...(found.get(name) ?? []), file]);
  }
  return found;
}

describe.skipIf(!hasShared)('gold persons of the corpus', () => {
  let kb: KnowledgeBase;
  beforeAll(() => {
    kb = loadKnowledgeBase();
  });

  it.each([DEV_CORPUS, DEV_VI_CORPUS])('every name in %s resolves', (dir) => {
    const unresolved = [...goldNames(dir)]
      .filter(([name]) => kb.personsByName(name).length === 0 && kb.personsByShortName(name).length === 0)
      .map(([name, files]) => `${name} (${files.join(', ')})`);
    expect(unresolved).toEqual([]);
  });

  it('full names resolve to exactly one person whose canonical name is the gold spelling', () => {
    const mismatched: string[] = [];
    for (const dir of [DEV_CORPUS, DEV_VI_CORPUS]) {
      for (const name of goldNames(dir).keys()) {
        if (!name.includes(' ')) continue;
        const found = kb.personsByName(name);
        if (found.length !== 1 || found[0]!.name !== name)
          mismatched.push(`${name} → ${found.map((p) => p.name)}`);
      }
    }
    expect(mismatched).toEqual([]);
  });
});
