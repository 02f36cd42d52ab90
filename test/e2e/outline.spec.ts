import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

const NOTES = 'Picture a developer at a bank whose code may never leave the laptop and who waits for every suggestion.';

function beatTitles(page: Page) {
  return page.getByRole('list', { name: 'Beats' }).locator('.record-toggle .record-title');
}

test('beats reordered with the keyboard and notes typed are all back after a restart, with live estimates', async ({
  launch,
}, testInfo) => {
  let context = await launch();
  let page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByLabel('Title').fill('Hybrid drafting');
  await page.getByRole('button', { name: 'Create story' }).click();
  await page.getByRole('link', { name: /^Talk outline/ }).click();
  await expect(page.getByRole('heading', { name: 'Talk outline', level: 2 })).toBeVisible();

  // Alt+↓ from inside the first beat swaps it with the second; focus stays in the title field.
  const firstTitle = page.getByLabel('Slide title').first();
  await firstTitle.click();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(beatTitles(page).nth(0)).toHaveText('beat 1: Prior work and the gap');
  await expect(beatTitles(page).nth(1)).toHaveText('beat 2: Problem and motivation');
  await expect(page.getByLabel('Slide title').nth(1)).toBeFocused();

  // The estimate follows the notes while typing, in words, before any save.
  const timing = page.getByTestId('beat-timing').nth(1);
  await expect(timing).toHaveText('No notes yet · the budget is 2:00');
  await page.locator('[id$="-notes"] [contenteditable]').nth(1).click();
  await page.keyboard.type(NOTES, { delay: 5 });
  await expect(timing).toHaveText('About 0:08 to say (19 words at 140 wpm) · fits the 2:00 budget with 1:52 to spare');
  await expect(page.getByTestId('beat-summary').nth(1)).toHaveText('0:08 of 2:00 · fits');
  await expect(page.getByTestId('outline-totals')).toContainText('0:08 of 20:00 · 19:52 to spare');

  await page.getByLabel('Slide bullets').nth(1).fill('Code may not leave the laptop\nSuggestions arrive too late');
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');
  await page.screenshot({ path: testInfo.outputPath('outline.png'), fullPage: false });

  await context.close();
  context = await launch();
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await page.getByRole('link', { name: 'Hybrid drafting', exact: true }).click();
  await page.getByRole('link', { name: /^Talk outline/ }).click();
  await expect(beatTitles(page).nth(0)).toHaveText('beat 1: Prior work and the gap');
  await expect(beatTitles(page).nth(1)).toHaveText('beat 2: Problem and motivation');
  await expect(page.locator('[id$="-notes"] [contenteditable]').nth(1)).toHaveText(NOTES);
  await expect(page.getByLabel('Slide bullets').nth(1)).toHaveValue('Code may not leave the laptop\nSuggestions arrive too late');
  await expect(page.getByTestId('beat-timing').nth(1)).toHaveText(
    'About 0:08 to say (19 words at 140 wpm) · fits the 2:00 budget with 1:52 to spare',
  );
  await expectNoSeriousA11yViolations(page, 'the talk outline');
});
