#!/usr/bin/env node
/*
 * `npm run bench`: Viva against a baseline of the same stack, in the same run, alternating, on
 * a heavy library (50 stories, one with a 10,000-word field, 1,000 rehearsal sessions). Prints
 * medians and ratios against the targets of BENCHMARKS.md, and saves the numbers in
 * bench/results/ (not committed).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { launch, waitForBenchPage } from './measure/browser.mjs';
import { coldLoad } from './measure/coldLoad.mjs';
import { installInputProbe } from './measure/inputLatency.mjs';
import { lazyChunkSize } from './measure/lazyChunks.mjs';
import { heapGrowthAfterSwitches } from './measure/memory.mjs';
import { keystrokeToCommit, typingRound } from './measure/typing.mjs';
import { deliveryBench } from './delivery.mjs';
import { serve } from './serve.mjs';
import { alternate, median, p95 } from './stats.mjs';

const OUT = 'out-bench';
const ROUNDS = Number(process.env['VIVA_BENCH_ROUNDS'] ?? 5);
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function build() {
  for (const args of [
    ['vite', 'build', '--logLevel', 'warn'],
    ['vite', 'build', '--logLevel', 'warn', '--config', 'bench/vite.config.ts'],
  ]) {
    const result = spawnSync(npx, args, {
      stdio: 'inherit',
      env: { ...process.env, VIVA_OUT: OUT, VIVA_BENCH_OUT: `${OUT}/bench` },
    });
    if (result.status !== 0) throw new Error(`Build failed: npx ${args.join(' ')}`);
  }
}

/** @type {{ name: string, viva: string, baseline: string, ratio: number | null, target: string, met: boolean }[]} */
const rows = [];
/** @param {string} name @param {number} viva @param {number} baseline @param {string} unit @param {number} limit @param {string} target */
function compare(name, viva, baseline, unit, limit, target) {
  const ratio = viva / baseline;
  rows.push({
    name,
    viva: `${viva.toFixed(1)} ${unit}`,
    baseline: `${baseline.toFixed(1)} ${unit}`,
    ratio,
    target,
    met: ratio <= limit,
  });
}
/** @param {string} name @param {string} value @param {boolean} met @param {string} target */
function absolute(name, value, met, target) {
  rows.push({ name, viva: value, baseline: '—', ratio: null, target, met });
}

const autosaveDelay = Number(/AUTOSAVE_DELAY_MS = (\d+)/.exec(readFileSync('renderer/store/workspaceSlice.ts', 'utf8'))?.[1]);

build();
const server = await serve({ appDir: `${process.cwd()}/${OUT}/renderer`, benchDir: `${process.cwd()}/${OUT}/bench` });
const heavyProfile = mkdtempSync(join(tmpdir(), 'viva-bench-heavy-'));
const minimalProfile = mkdtempSync(join(tmpdir(), 'viva-bench-minimal-'));
const bareProfile = mkdtempSync(join(tmpdir(), 'viva-bench-bare-'));
try {
  console.log(`Seeding the heavy library (${server.url})…`);
  let context = await launch(heavyProfile);
  let page = await context.newPage();
  await page.goto(`${server.url}/bench/seed.html`);
  await waitForBenchPage(page);
  /** @type {string[]} */
  const storyIds = JSON.parse((await page.evaluate(() => document.body.dataset['storyIds'])) ?? '[]');
  await context.close();
  const heavyId = /** @type {string} */ (storyIds[0]);
  context = await launch(minimalProfile);
  page = await context.newPage();
  await page.goto(`${server.url}/bench/minimal.html`);
  await waitForBenchPage(page);
  await context.close();

  console.log('Cold load…');
  const loads = await alternate(
    ROUNDS,
    () => coldLoad(heavyProfile, `${server.url}/#/`, { selector: '[data-testid="story-card"]', count: storyIds.length }),
    () => coldLoad(minimalProfile, `${server.url}/bench/minimal.html`, { selector: 'body[data-bench-ready]', count: 1 }),
  );
  compare(
    'Cold load to interactive (heavy library)',
    median(loads.viva.map((l) => l.ms)),
    median(loads.baseline.map((l) => l.ms)),
    'ms',
    1.5,
    '≤ 1.5×',
  );
  compare(
    'Initial JavaScript, gzip',
    median(loads.viva.map((l) => l.jsGzipBytes)) / 1024,
    median(loads.baseline.map((l) => l.jsGzipBytes)) / 1024,
    'kB',
    1.3,
    '≤ 1.3×',
  );

  console.log('Typing in the 10,000-word field…');
  const app = await launch(heavyProfile);
  const bare = await launch(bareProfile);
  await app.addInitScript(installInputProbe);
  await bare.addInitScript(installInputProbe);
  const storyUrl = `${server.url}/#/story/${heavyId}/fieldMap`;
  const round = await typingRound({ app, bare }, { storyUrl, bareUrl: `${server.url}/bench/bareTiptap.html`, heavyId });
  const typing = await alternate(Math.max(3, Math.ceil(ROUNDS / 2)), round.viva, round.baseline);
  compare(
    'Typing: p95 keydown to next frame',
    p95(typing.viva.flatMap((t) => t.latencies)),
    p95(typing.baseline.flatMap((t) => t.latencies)),
    'ms',
    1.25,
    '≤ 1.25×',
  );
  const dropped = typing.viva.filter((t) => !t.isComplete).length;
  absolute('Typing: runs with a dropped character (screen or disk)', `${dropped} of ${typing.viva.length}`, dropped === 0, '0');

  console.log('Keystroke to committed…');
  const commits = await keystrokeToCommit(app, { storyUrl, heavyId }, 20);
  const commitP95 = p95(commits.durations);
  absolute(
    'Keystroke to committed in IndexedDB, p95',
    `${commitP95.toFixed(0)} ms (median ${median(commits.durations).toFixed(0)})`,
    commitP95 <= autosaveDelay + 50 && commits.isEveryWordStored,
    `≤ ${autosaveDelay + 50} ms (autosave delay + 50), every word stored`,
  );

  console.log('Memory across story switches…');
  const titles = storyIds.slice(0, 20).map((id, i) => ({ id, title: `Bench story ${String(i + 1).padStart(2, '0')}` }));
  const memory = await heapGrowthAfterSwitches(app, server.url, titles);
  absolute(
    'JS heap growth after 20 story switches (after GC)',
    `${(memory.growth / 1024 / 1024).toFixed(2)} MB`,
    memory.growth <= 2 * 1024 * 1024,
    '≤ 2 MB',
  );

  console.log('Computations…');
  page = await bare.newPage();
  await page.goto(`${server.url}/bench/compute.html`);
  await waitForBenchPage(page);
  /** @type {{ viva: number[], baseline: number[] }} */
  const review = await page.evaluate(() => /** @type {any} */ (window).benchCompute('review', 30));
  compare('Review engine on the 10,000-word story', median(review.viva), median(review.baseline), 'ms', Infinity, 'reported');
  absolute(
    'Review engine, median',
    `${median(review.viva).toFixed(1)} ms`,
    median(review.viva) < 50,
    '< 50 ms (off the keystroke path)',
  );
  /** @type {{ viva: number[], baseline: number[] }} */
  const markdown = await page.evaluate(() => /** @type {any} */ (window).benchCompute('markdown', 30));
  compare('Markdown export of the 10,000-word story', median(markdown.viva), median(markdown.baseline), 'ms', 1.5, '≤ 1.5×');
  absolute('Markdown export, median', `${median(markdown.viva).toFixed(1)} ms`, median(markdown.viva) < 50, '< 50 ms');
  /** @type {{ viva: number[], baseline: number[] }} */
  const hostile = await page.evaluate(() => /** @type {any} */ (window).benchCompute('reviewHostile', 7));
  compare(
    'Review on 1 MB of runs of dots, quotes, spaces (vs 1 MB of words)',
    median(hostile.viva),
    median(hostile.baseline),
    'ms',
    3,
    '≤ 3×',
  );

  console.log('Import…');
  page = await bare.newPage();
  await page.goto(`${server.url}/bench/importBench.html`);
  await waitForBenchPage(page);
  /** @type {{ viva: number[], baseline: number[], oversize: number[], bytes: number }} */
  const imports = await page.evaluate((rounds) => /** @type {any} */ (window).benchImport(rounds), ROUNDS);
  const importName = `Import of a ${(imports.bytes / 1024 / 1024).toFixed(1)} MB backup`;
  compare(importName, median(imports.viva), median(imports.baseline), 'ms', Infinity, 'reported');
  absolute(`${importName}, median`, `${median(imports.viva).toFixed(0)} ms`, median(imports.viva) < 2000, '< 2 s');
  absolute(
    'Refusal of a file over the size limit, median',
    `${median(imports.oversize).toFixed(1)} ms`,
    median(imports.oversize) < 50,
    'at once (< 50 ms)',
  );
  console.log('Presentation exports…');
  page = await bare.newPage();
  await page.goto(`${server.url}/bench/exportBench.html`);
  await waitForBenchPage(page);
  for (const [name, label, baseline] of [
    ['pptx', 'PowerPoint export of a 40-beat talk', 'pptxgenjs, plain notes'],
    ['beamer', 'Beamer export of a 40-beat talk', 'the Marp deck'],
  ]) {
    /** @type {{ viva: number[], baseline: number[], first: number }} */
    const result = await page.evaluate(([n, rounds]) => /** @type {any} */ (window).benchExport(n, rounds), [name, ROUNDS * 2]);
    compare(`${label} (baseline: ${baseline})`, median(result.viva), median(result.baseline), 'ms', Infinity, 'reported');
    absolute(
      `${label}, median (first, with loading)`,
      `${median(result.viva).toFixed(0)} ms (${result.first.toFixed(0)} ms)`,
      median(result.viva) < 1000 && result.first < 1000,
      '< 1 s',
    );
  }
  for (const [module, label] of /** @type {[string, string][]} */ ([
    ['pptxDeck', 'PowerPoint writer, loaded on first use'],
    ['beamerDeck', 'Beamer writer, loaded on first use'],
  ])) {
    const chunk = lazyChunkSize(`${OUT}/renderer`, module);
    absolute(`${label}, gzip`, `${chunk.kB.toFixed(1)} kB in ${chunk.files.length} file(s)`, true, 'reported');
  }
  await app.close();
  await bare.close();

  console.log('Delivery analysis of a 20-minute recording…');
  rows.push(...deliveryBench(Math.max(3, Math.ceil(ROUNDS / 2))));
} finally {
  await server.close();
  for (const dir of [heavyProfile, minimalProfile, bareProfile]) rmSync(dir, { recursive: true, force: true });
}

const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, ${platform()} ${release()}`;
console.log(`\nMachine: ${machine}\n`);
console.log('| Benchmark | Viva | Baseline | Ratio | Target | Met |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const row of rows) {
  const ratio = row.ratio === null ? '—' : `${row.ratio.toFixed(2)}×`;
  console.log(`| ${row.name} | ${row.viva} | ${row.baseline} | ${ratio} | ${row.target} | ${row.met ? 'yes' : 'NO'} |`);
}
mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/${new Date().toISOString().replace(/[:.]/g, '-')}.json`, JSON.stringify({ machine, rows }, null, 2));
process.exit(rows.every((row) => row.met) ? 0 : 1);
