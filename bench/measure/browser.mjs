/** Chromium for the benchmarks: Debian's build where installed, with the e2e suite's flags. */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'];

/** @param {string} profileDir @param {string[]} [extraArgs] */
export function launch(profileDir, extraArgs = []) {
  const executablePath = process.env['VIVA_CHROMIUM'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  return chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    args: [...ARGS, ...extraArgs],
    viewport: { width: 1280, height: 800 },
  });
}

/**
 * Open a page with the HTTP cache off (every load is cold), waiting for a bench page's ready flag
 * when asked.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} url
 */
export async function openCold(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(url);
  return { page, cdp };
}

/** Wait until a bench page says it is ready; fail with its own message if it says it failed. */
/** @param {import('@playwright/test').Page} page */
export async function waitForBenchPage(page) {
  await page.waitForFunction(() => document.body.dataset['benchReady'] || document.body.dataset['benchError'], null, {
    timeout: 120_000,
  });
  const error = await page.evaluate(() => document.body.dataset['benchError']);
  if (error) throw new Error(`Bench page failed: ${error}`);
}
