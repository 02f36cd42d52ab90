import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function editNewStory(page: Page, title: string) {
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Create story' }).click();
  await expect(page.getByLabel('Story title')).toHaveValue(title);
  await page.getByRole('link', { name: /^Field map/ }).click();
  await page.getByLabel('Broad field', { exact: true }).fill('Information retrieval');
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');
}

async function openBackups(page: Page) {
  await page.getByRole('link', { name: 'Preferences' }).click();
  await page.getByRole('link', { name: 'Backups and restore' }).click();
  await expect(page.getByRole('heading', { name: 'Backups', level: 1 })).toBeVisible();
}

test('a short session gets a backup soon after its first change, without a full five minutes of use', async ({ launch }) => {
  let context = await launch();
  let page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await editNewStory(page, 'Short session');
  // Within about twenty seconds of the first change, not five minutes.
  await page.waitForTimeout(22_000);
  await context.close();

  context = await launch();
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await openBackups(page);
  await expect(page.getByTestId('backup-row')).toHaveCount(1);
  await expect(page.getByTestId('backup-row').first()).toContainText(/2 stories/);
});

test('switching away from the window backs up the changed library at once', async ({ app: page }) => {
  await editNewStory(page, 'Hidden at once');
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });
  await openBackups(page);
  await expect(page.getByTestId('backup-row')).toHaveCount(1);
  // Nothing changed since: hiding again writes no second copy.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });
  await page.getByRole('link', { name: 'Library' }).click();
  await openBackups(page);
  await expect(page.getByTestId('backup-row')).toHaveCount(1);
});
