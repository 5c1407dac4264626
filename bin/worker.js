#!/usr/bin/env node
// `npm run worker`: the queue worker (scripts/worker.ts) from a cached bundle (bin/cli-bundle.js),
// so the process carries no TypeScript transpiler; through tsx when the bundle cannot be built.
import { prepareBundle, WORKER } from './cli-bundle.js';

const bundle = await prepareBundle(WORKER);
if (bundle) {
  await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../scripts/worker.ts');
}
