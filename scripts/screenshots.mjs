/*
 * Screenshots of every main screen, to be looked at: `npm run screenshots [-- folder]`.
 *
 * Builds the renderer (skip with --skip-build), serves it as the end-to-end tests do, walks one
 * fresh profile through the app in Chromium (the sample story, a critique, a rated run and two
 * pitches, so the review and the history have something to show) and photographs each screen at
 * 720, 1280 and 1440 px wide, in the light and the dark colour scheme, into the folder
 * (default screenshots/, git-ignored) as `<screen>-<width>-<scheme>.png`. `--only=a,b` keeps the
 * screens whose name contains one of the words; `--viewport` shoots the window, not the whole page;
 * `--tile=1800` cuts a long page into numbered pieces that high, easier to look at one by one.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../test/support/chromiumArgs.mjs';

const WIDTHS = [720, 1280, 1440];
const HEIGHT = 900;
const SCHEMES = ['light', 'dark'];
const SAMPLE = 'Sample: hybrid drafting for code completion';
const SECTIONS = ['fieldMap', 'families', 'bets', 'contribution', 'checklist', 'limitations', 'outline'];

const args = process.argv.slice(2);
const outDir = resolve(args.find((a) => !a.startsWith('--')) ?? 'screenshots');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
  .filter(Boolean);
const isViewportOnly = args.includes('--viewport');
const tile = Number(args.find((a) => a.startsWith('--tile='))?.slice('--tile='.length) ?? 0);
const port = Number(process.env['VIVA_E2E_PORT'] ?? 4175);
const origin = `http://127.0.0.1:${port}`;
const buildDir = resolve(process.env['VIVA_OUT'] ?? 'out', 'renderer');

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed`);
}

async function serve() {
  // Vite's own script, not npx, so that killing the server kills no more and no less than it.
  const server = spawn(
    process.execPath,
    [
      resolve('node_modules/vite/bin/vite.js'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      buildDir,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  for (let tries = 0; tries < 120; tries++) {
    if (server.exitCode !== null) throw new Error(`the preview server stopped (port ${port} taken?)`);
    try {
      if ((await fetch(origin)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  server.kill();
  throw new Error(`the preview server did not answer on ${origin}`);
}

/** Photograph what is on the page now at every width, in both schemes (a dialog: the window only). */
async function shoot(page, name, { isDialog = false } = {}) {
  if (only && !only.some((word) => name.includes(word))) return;
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: HEIGHT });
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      // Charts redraw on resize and on a change of scheme, in the next frames.
      await page.waitForTimeout(250);
      const path = join(outDir, `${name}-${width}-${colorScheme}`);
      const isWholePage = !isViewportOnly && !isDialog;
      if (tile > 0 && isWholePage) await shootTiles(page, path, width);
      else await page.screenshot({ path: `${path}.png`, fullPage: isWholePage, animations: 'disabled' });
    }
  }
  console.log(`shot ${name}`);
}

async function shootTiles(page, path, width) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, piece = 1; y < height; y += tile, piece++) {
    const clip = { x: 0, y, width, height: Math.min(tile, height - y) };
    await page.screenshot({ path: `${path}-${piece}.png`, fullPage: true, clip, animations: 'disabled' });
  }
}

async function heading(page, name, level = 1) {
  await page.getByRole('heading', { name, level }).first().waitFor();
}

/** Run a preset format with a paused clock: each step is a key, a time to let pass ('5:00') or a function. */
async function rehearse(page, format, at, steps) {
  await page.clock.resume();
  await page.goto('/#/rehearse');
  await page.getByRole('radio', { name: format }).check();
  await page.clock.pauseAt(new Date(`2026-11-23T${at}Z`));
  await page.getByRole('button', { name: 'Open the run screen' }).click();
  await page.getByRole('button', { name: /Start/ }).waitFor();
  for (const step of steps) {
    if (typeof step === 'function') await step();
    else if (step.includes(':')) await page.clock.fastForward(step);
    else await page.keyboard.press(step);
  }
  await page.keyboard.press('Escape');
  await page.waitForURL(/#\/session\/[\w-]+$/);
  await page.clock.resume();
}

async function walk(page) {
  await page.goto('/');
  await heading(page, 'Welcome to Viva', 2);
  await shoot(page, 'welcome');

  await page.locator('body').press('?');
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  await shoot(page, 'shortcut-sheet', { isDialog: true });
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Import a deck…' }).click();
  const deckDialog = page.getByRole('dialog', { name: 'Import a slide deck' });
  await deckDialog.waitFor();
  await shoot(page, 'deck-import-dialog', { isDialog: true });
  await deckDialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'New paper critique' }).click();
  await page.getByRole('dialog').getByLabel('Paper title').fill('Attention is not all you need: a critique');
  await page.getByRole('dialog').getByRole('button', { name: 'Create critique' }).click();
  await page.waitForURL(/#\/critique\/[\w-]+$/);
  await heading(page, 'Attention is not all you need: a critique');
  await shoot(page, 'critique');

  // A story just begun, so that a readiness review has findings to show.
  await page.goto('/');
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByLabel('Title').fill('Retrieval for long-context QA');
  await page.getByRole('button', { name: 'Create story' }).click();
  await page.getByLabel('Story title').waitFor();
  const newStoryId = page.url().split('/').at(-2);
  await page.goto(`/#/readiness/${newStoryId}`);
  await heading(page, 'Readiness review');
  await shoot(page, 'readiness-findings');

  await page.goto('/');
  await page.getByRole('link', { name: SAMPLE }).waitFor();
  await shoot(page, 'library');

  await page.getByRole('link', { name: SAMPLE }).click();
  await page.getByLabel('Story title').waitFor();
  const storyUrl = page.url().replace(/\/[a-zA-Z]+$/, '');
  for (const section of SECTIONS) {
    await page.goto(`${storyUrl}/${section}`);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await shoot(page, `story-${section}`);
  }
  await page.getByRole('button', { name: 'Export or copy…' }).click();
  await page.getByRole('dialog', { name: 'Export this story' }).waitFor();
  await shoot(page, 'export-dialog', { isDialog: true });
  await page.keyboard.press('Escape');

  const storyId = storyUrl.split('/').at(-1);
  await page.goto(`/#/readiness/${storyId}`);
  await heading(page, 'Readiness review');
  await page.waitForLoadState('networkidle');
  await shoot(page, 'readiness-review');

  await page.goto('/#/rehearse');
  await page.getByRole('radio', { name: /Research-design round/ }).check();
  await shoot(page, 'rehearse-chooser');
  await page.getByRole('button', { name: 'New format' }).click();
  await page.getByLabel('Name').fill('Two-question drill');
  await page.getByLabel('Segment 1 title').fill('First answer');
  await page.getByRole('button', { name: 'Add segment' }).click();
  await page.getByLabel('Segment 2 title').fill('Second answer');
  await page.getByLabel('Segment 2 budget').fill('soon');
  await page.getByRole('button', { name: 'Save format' }).click();
  await page.getByRole('alert').waitFor();
  await shoot(page, 'formats-editor');
  await page.getByRole('button', { name: 'Cancel' }).click();

  // A research-design round: framing runs over, a challenge is thrown and rated.
  await page.clock.install({ time: new Date('2026-11-23T09:00:00Z') });
  const runScreen = () => shoot(page, 'run-screen');
  const steps = ['Space', '16:40', 'c', '00:45', runScreen, '3', 'ArrowRight', '18:00', 'ArrowRight', '09:00'];
  await rehearse(page, /Research-design round/, '09:01:00', steps);
  await heading(page, 'Research-design round');
  await page.locator('.uplot-host canvas').first().waitFor();
  await shoot(page, 'session-review');

  // Two pitches, one over and one under, make a trend in the history.
  await rehearse(page, /Hypothesis pitch/, '10:00:00', ['Space', '00:41']);
  await rehearse(page, /Hypothesis pitch/, '11:00:00', ['Space', '00:28']);
  await page.goto('/#/history');
  await heading(page, 'Rehearsal history');
  await page.locator('.uplot-host canvas').first().waitFor();
  await shoot(page, 'history');

  for (const place of ['drills', 'deck', 'backups', 'preferences', 'trash']) {
    await page.goto(`/#/${place}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await shoot(page, place);
  }
  await page.goto(`/#/cue-cards/${storyId}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await shoot(page, 'cue-cards');
}

async function main() {
  if (!args.includes('--skip-build')) run('npx', ['vite', 'build', '--logLevel', 'warn']);
  if (!existsSync(join(buildDir, 'index.html'))) throw new Error(`no build in ${buildDir}`);
  mkdirSync(outDir, { recursive: true });
  const server = await serve();
  const profile = mkdtempSync(join(tmpdir(), 'viva-shots-'));
  const executablePath = process.env['VIVA_CHROMIUM'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const context = await chromium.launchPersistentContext(profile, {
    ...(executablePath ? { executablePath } : {}),
    headless: true,
    args: CHROMIUM_ARGS,
    baseURL: origin,
    viewport: { width: 1280, height: HEIGHT },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.warn(`page error: ${error.message}`));
  page.setDefaultTimeout(20_000);
  try {
    await walk(page);
    console.log(`Screenshots in ${outDir}`);
  } finally {
    await context.close();
    server.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
