// Entry point of a prepare worker thread. A worker does not inherit the
// parent's module hooks, so it registers tsx itself (as bin/cohesion.js does)
// before loading the TypeScript sources; this works whether the parent runs
// under bin/cohesion.js, `node --import tsx` or vitest.
import { register } from 'tsx/esm/api';

register();
await import('./prepare-worker.ts');
