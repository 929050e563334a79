import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { openStore } from '../../src/store/open.ts';
import { storeContract } from './contract.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'cohesion-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeContract({
  name: 'SQLite',
  // A parent directory that does not exist yet: openStore creates it.
  open: () => openStore({ kind: 'sqlite', path: path.join(dir, 'nested', 'cohesion.db') }),
});
