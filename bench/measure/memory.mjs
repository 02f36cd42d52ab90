/*
 * Memory across story switches: open 20 stories one after another (one round to warm caches and
 * lazy chunks), collect garbage, note the JS heap, switch 20 more times, collect garbage again.
 * The growth is what the switches leaked.
 */

/**
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} baseUrl
 * @param {{ id: string, title: string }[]} stories
 */
export async function heapGrowthAfterSwitches(context, baseUrl, stories) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${baseUrl}/#/`);
  await page.getByTestId('story-card').first().waitFor({ timeout: 60_000 });
  const open = async (/** @type {{ id: string, title: string }} */ story) => {
    await page.evaluate((hash) => (location.hash = hash), `#/story/${story.id}/fieldMap`);
    await page.waitForFunction(
      (title) => /** @type {HTMLInputElement | null} */ (document.getElementById('story-title'))?.value === title,
      story.title,
    );
    await page.locator('#field-fieldMap-coreTask .ProseMirror').waitFor();
  };
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  };
  for (const story of stories) await open(story);
  const before = await heap();
  for (const story of stories) await open(story);
  const after = await heap();
  await page.close();
  return { before, after, growth: after - before };
}
