#!/usr/bin/env node
/*
 * `npm test`: type-check, lint, build, security audit (electronegativity), unit and component
 * tests (Vitest), end-to-end tests (Playwright in Chromium). Every stage runs even when an earlier
 * one fails, so one run shows everything that is wrong. It ends with the plain line CI reads:
 * `N passed, N failed`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const resultsDir = '.test-results';
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: false });
  console.log(`  ${label}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

/** A stage that is one check: it passes or fails as a whole. */
function check(label, command, args) {
  if (run(label, command, args)) totals.passed++;
  else {
    totals.failed++;
    failures.push(label);
  }
}

/**
 * Checks that each keep one core busy (tsc, eslint, prettier), run side by side; their output is
 * printed whole, one after another, once all are done.
 * @param {[string, string, string[]][]} stages label, command, arguments
 */
async function checksSideBySide(stages) {
  const started = Date.now();
  const results = await Promise.all(
    stages.map(
      ([label, command, args]) =>
        new Promise((resolve) => {
          const child = spawn(command, args, { env: process.env, shell: false });
          let output = '';
          child.stdout.on('data', (chunk) => (output += chunk));
          child.stderr.on('data', (chunk) => (output += chunk));
          child.on('error', (error) => resolve({ label, output: `${output}${error.message}\n`, isOk: false }));
          child.on('close', (code) => resolve({ label, output, isOk: code === 0 }));
        }),
    ),
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  for (const { label, output, isOk } of results) {
    console.log(`\n▶ ${label}`);
    if (output.trim() !== '') process.stdout.write(output);
    console.log(`  ${label}: ${isOk ? 'ok' : 'FAILED'} (side by side, ${seconds} s)`);
    if (isOk) totals.passed++;
    else {
      totals.failed++;
      failures.push(label);
    }
  }
}

/** A stage that runs many tests and reports its counts through a file. */
function suite(label, command, args) {
  const countsFile = join(resultsDir, `${label}.json`);
  const isOk = run(label, command, args, { VIVA_COUNTS_FILE: countsFile });
  if (!existsSync(countsFile)) {
    totals.failed++;
    failures.push(`${label} (did not report)`);
    return;
  }
  const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  if (!isOk || counts.failed > 0) failures.push(label);
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
await checksSideBySide([
  ['typecheck', npx, ['tsc', '-p', 'tsconfig.node.json']],
  ['typecheck (renderer)', npx, ['tsc', '-p', 'tsconfig.web.json']],
]);
await checksSideBySide([
  ['lint', npx, ['eslint', '.', '--max-warnings', '0']],
  ['format', npx, ['prettier', '--check', '.']],
]);
const isBuilt = run('build', npx, ['electron-vite', 'build']);
if (isBuilt) totals.passed++;
else {
  totals.failed++;
  failures.push('build');
}
if (isBuilt) check('security audit', process.execPath, ['scripts/audit-security.mjs']);
suite('vitest', npx, ['vitest', 'run']);
if (isBuilt) suite('playwright', npx, ['playwright', 'test']);

console.log(failures.length ? `\nFailed: ${failures.join(', ')}` : '\nAll stages passed.');
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed === 0 ? 0 : 1);
