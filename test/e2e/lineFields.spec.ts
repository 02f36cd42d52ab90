import type { Locator } from '@playwright/test';
import { MIN_SIZE } from '../../main/window/windowBounds';
import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

const SAMPLE = 'Sample: hybrid drafting for code completion';

/** Whether a control shows its whole value: nothing scrolled out of view either way. */
async function showsAllItsText(field: Locator): Promise<boolean> {
  return field.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight + 1);
}

test('a long one-line value wraps so it can be read whole, at any window width', async ({ app }) => {
  await app.getByRole('link', { name: SAMPLE }).click();
  const subArea = app.getByLabel('Scoped sub-area');
  await expect(subArea).toHaveValue('Lossless speculative decoding for on-device code completion at batch size 1');
  for (const size of [MIN_SIZE, { width: 1280, height: 860 }]) {
    await app.setViewportSize(size);
    expect(await showsAllItsText(subArea), `the whole sub-area at ${size.width} px`).toBe(true);
    expect(await showsAllItsText(app.getByLabel('Broad field')), `the whole broad field at ${size.width} px`).toBe(true);
  }
  // Still one line: Enter adds nothing.
  await subArea.click();
  await app.keyboard.press('Control+End');
  await app.keyboard.press('Enter');
  await app.keyboard.type(' (greedy)');
  await expect(subArea).toHaveValue('Lossless speculative decoding for on-device code completion at batch size 1 (greedy)');
  await expectNoSeriousA11yViolations(app, 'the field map with a wrapped line field');
});

test('at the narrowest window a story needs no sideways scrolling, and its long title is read whole', async ({ app }) => {
  await app.setViewportSize(MIN_SIZE);
  await app.getByRole('link', { name: SAMPLE }).click();
  const title = app.getByLabel('Story title');
  await expect(title).toHaveValue(SAMPLE);
  expect(await showsAllItsText(title), 'the whole title').toBe(true);
  const pageFits = await app.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(pageFits, 'the story page fits the window').toBe(true);
  const date = await app.getByLabel('on', { exact: true }).boundingBox();
  expect(date!.x + date!.width).toBeLessThanOrEqual(MIN_SIZE.width);

  // The title stays one line: Enter adds nothing.
  await title.click();
  await app.keyboard.press('Control+End');
  await app.keyboard.press('Enter');
  await app.keyboard.type(' (v2)');
  await expect(title).toHaveValue(`${SAMPLE} (v2)`);
  await expectNoSeriousA11yViolations(app, 'a story at the narrowest window');
});
