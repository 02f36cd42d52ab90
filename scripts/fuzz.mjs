#!/usr/bin/env node
/*
 * `npm run fuzz`: the hostile-import fuzz test (test/renderer/fuzz) with 10,000 mutated backups,
 * rendering every screen of every imported story. `npm test` runs the same test with 500.
 * Options: `npm run fuzz -- <runs> [seed]`; a failure prints the seed and path to replay it.
 */
import { spawnSync } from 'node:child_process';

const [runs = '10000', seed] = process.argv.slice(2);
const env = { ...process.env, VIVA_FUZZ_RUNS: runs, VIVA_FUZZ_SCREENS: runs, ...(seed ? { VIVA_FUZZ_SEED: seed } : {}) };
const started = Date.now();
const result = spawnSync('npx', ['vitest', 'run', 'test/renderer/fuzz'], {
  stdio: 'inherit',
  env,
  shell: process.platform === 'win32',
});
console.log(`fuzz: ${runs} cases in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(result.status ?? 1);
