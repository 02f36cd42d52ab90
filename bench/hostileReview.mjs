#!/usr/bin/env node
/*
 * `npm run bench:hostile`: only the review on 1 MB of hostile text against the same story in
 * plain words (the full `npm run bench` runs it too), in Chromium, alternating, 7 rounds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, waitForBenchPage } from './measure/browser.mjs';
import { serve } from './serve.mjs';
import { median } from './stats.mjs';

const OUT = 'out-bench';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const built = spawnSync(npx, ['vite', 'build', '--logLevel', 'warn', '--config', 'bench/vite.config.ts'], {
  stdio: 'inherit',
  env: { ...process.env, VIVA_OUT: OUT, VIVA_BENCH_OUT: `${OUT}/bench` },
});
if (built.status !== 0) throw new Error('Build of the bench pages failed.');
const server = await serve({ appDir: `${process.cwd()}/${OUT}/bench`, benchDir: `${process.cwd()}/${OUT}/bench` });
const profile = mkdtempSync(join(tmpdir(), 'viva-bench-hostile-'));
try {
  const context = await launch(profile);
  const page = await context.newPage();
  await page.goto(`${server.url}/bench/compute.html`);
  await waitForBenchPage(page);
  /** @type {{ viva: number[], baseline: number[] }} */
  const result = await page.evaluate(() => /** @type {any} */ (window).benchCompute('reviewHostile', 7));
  await context.close();
  const hostile = median(result.viva);
  const plain = median(result.baseline);
  const ratio = hostile / plain;
  console.log(
    `Review, 1 MB of hostile runs: ${hostile.toFixed(1)} ms; 1 MB of words: ${plain.toFixed(1)} ms; ratio ${ratio.toFixed(2)}× (target ≤ 3×)`,
  );
  process.exitCode = ratio <= 3 ? 0 : 1;
} finally {
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
