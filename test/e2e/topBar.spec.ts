import type { Page } from '@playwright/test';
import { MIN_SIZE } from '../../main/window/windowBounds';
import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

const SAMPLE = 'Sample: hybrid drafting for code completion';

async function expectTopBarFits(page: Page, where: string): Promise<void> {
  const bar = page.locator('header.top-bar');
  const fits = await bar.evaluate((el) => el.scrollWidth <= el.clientWidth);
  expect(fits, `the top bar on ${where} fits without horizontal overflow`).toBe(true);
  // One row: the story view's sticky sections sit just below the bar's 52 px.
  expect((await bar.boundingBox())?.height).toBeLessThanOrEqual(53);
  const width = page.viewportSize()?.width ?? 0;
  const nav = page.getByRole('navigation', { name: 'Main' });
  const controls = [
    page.getByRole('link', { name: 'Viva' }),
    ...['Library', 'Rehearse', 'History', 'Drills', 'Deck', 'Trash', 'Preferences'].map((name) =>
      nav.getByRole('link', { name, exact: true }),
    ),
    page.getByRole('button', { name: 'Shortcuts ?' }),
  ];
  for (const control of controls) {
    await expect(control).toBeVisible();
    const box = await control.boundingBox();
    expect(box, `${await control.textContent()} on ${where}`).not.toBeNull();
    expect(box!.x, `${await control.textContent()} on ${where}`).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, `${await control.textContent()} on ${where}`).toBeLessThanOrEqual(width);
  }
}

test('at the narrowest window the app allows, the top bar shows every link and the shortcuts button', async ({ app }) => {
  await app.setViewportSize(MIN_SIZE);
  await expect(app.getByRole('link', { name: SAMPLE })).toBeVisible();
  await expectTopBarFits(app, 'the library');
  await expectNoSeriousA11yViolations(app, 'the library at the narrowest window');

  await app.getByRole('link', { name: SAMPLE }).click();
  await expect(app.getByLabel('Story title')).toHaveValue(SAMPLE);
  await expectTopBarFits(app, 'a story');

  // The shortcuts button still opens the sheet from the keyboard, under its full name.
  await app.getByRole('button', { name: 'Shortcuts ?' }).focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('dialog', { name: /shortcuts/i })).toBeVisible();
});
