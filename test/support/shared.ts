/** Where ../shared (the team's corpus and tools) lives, relative to the project root. */
import { existsSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SHARED = process.env.COHESION_SHARED ?? path.resolve(ROOT, '../shared');
export const DEV_CORPUS = path.join(SHARED, 'corpus/dev');
export const DEV_VI_CORPUS = path.join(SHARED, 'corpus/dev-vi');
export const hasShared = existsSync(DEV_CORPUS);
