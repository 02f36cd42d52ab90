/*
 * Cold load to interactive: a fresh browser on the seeded profile, the HTTP cache off, from
 * navigation start until the page is usable — for Viva, every story card of the heavy library
 * in the list; for the baseline, its editor holding the document. Also sums the JavaScript the
 * page loaded, gzipped, up to that point.
 */
import { gzipSync } from 'node:zlib';
import { launch, openCold } from './browser.mjs';

/**
 * @param {string} profileDir
 * @param {string} url
 * @param {{ selector: string, count: number }} interactive
 */
export async function coldLoad(profileDir, url, interactive) {
  const context = await launch(profileDir);
  try {
    await context.addInitScript(({ selector, count }) => {
      const check = () => {
        if (document.querySelectorAll(selector).length >= count) {
          /** @type {any} */ (window).__interactiveAt = performance.now();
          observer.disconnect();
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { childList: true, subtree: true, attributes: true });
    }, interactive);
    /** @type {Promise<number>[]} */
    const scripts = [];
    context.on('response', (response) => {
      if (response.request().resourceType() === 'script') {
        scripts.push(
          response.body().then(
            (body) => gzipSync(body, { level: 9 }).length,
            () => 0,
          ),
        );
      }
    });
    const { page } = await openCold(context, url);
    await page.waitForFunction(() => /** @type {any} */ (window).__interactiveAt !== undefined, null, { timeout: 60_000 });
    const ms = await page.evaluate(() => /** @type {any} */ (window).__interactiveAt);
    const jsGzipBytes = (await Promise.all(scripts)).reduce((sum, bytes) => sum + bytes, 0);
    return { ms: /** @type {number} */ (ms), jsGzipBytes };
  } finally {
    await context.close();
  }
}
