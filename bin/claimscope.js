#!/usr/bin/env node
// Runs the TypeScript CLI right after `npm ci`, with no build step: `extract`, `--help` and
// `--version` from a cached bundle (bin/cli-bundle.js), every other command through tsx.
import { canUseBundle, prepareBundle } from './cli-bundle.js';

const bundle = canUseBundle(process.argv) ? await prepareBundle() : null;
if (bundle) {
  await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../cli/index.ts');
}
