/*
 * Input latency as the user feels it: from a key's keydown event to the moment after the next
 * frame, measured inside the page for every key (the same probe on Viva and its baseline).
 */

/** The probe, installed before any page script. */
export function installInputProbe() {
  /** @type {any} */
  const w = window;
  w.__inputLatencies = [];
  window.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => w.__inputLatencies.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    },
    true,
  );
}

/**
 * Type `text` into the field with the given selector, caret in the middle of its document, and
 * return each key's latency and the field's text afterwards.
 * @param {import('@playwright/test').Page} page
 * @param {string} editorSelector
 * @param {string} text
 */
export async function typeAndMeasure(page, editorSelector, text) {
  const paragraphs = page.locator(`${editorSelector} .ProseMirror p`);
  const middle = paragraphs.nth(Math.floor((await paragraphs.count()) / 2));
  await middle.click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    /** @type {any} */ (window).__inputLatencies = [];
  });
  await page.keyboard.type(text, { delay: 25 });
  await page.waitForTimeout(100);
  const latencies = /** @type {number[]} */ (await page.evaluate(() => /** @type {any} */ (window).__inputLatencies));
  const paragraphText = (await middle.textContent()) ?? '';
  return { latencies, isComplete: paragraphText.includes(text) };
}
