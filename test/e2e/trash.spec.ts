import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

async function createAndDelete(page: Page, title: string) {
  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Create story' }).click();
  await expect(page.getByLabel('Story title')).toHaveValue(title);
  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('button', { name: `Delete “${title}”` }).click();
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
}

test('a deleted story waits in the trash, and comes back with its content', async ({ launch }) => {
  let context = await launch();
  let page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await createAndDelete(page, 'Federated fine-tuning');

  // The trash survives a restart.
  await context.close();
  context = await launch();
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await page.getByRole('link', { name: 'Trash' }).click();
  const card = page.getByTestId('trash-card').filter({ hasText: 'Federated fine-tuning' });
  await expect(card).toContainText('deleted for good in 30 days');
  await expectNoSeriousA11yViolations(page, 'the trash');

  await card.getByRole('button', { name: 'Restore “Federated fine-tuning”' }).click();
  await expect(page.getByTestId('trash-card')).toHaveCount(0);
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('link', { name: 'Federated fine-tuning' })).toBeVisible();
});

test('deleting for good asks first, and keeping it changes nothing', async ({ app }) => {
  await createAndDelete(app, 'Speculative decoding');
  await app.getByRole('link', { name: 'Trash' }).click();
  await app.getByRole('button', { name: 'Delete for good: “Speculative decoding”' }).click();
  const dialog = app.getByRole('dialog', { name: 'Delete for good?' });
  await expect(dialog).toContainText('cannot be restored');
  await expectNoSeriousA11yViolations(app, 'the delete-for-good confirmation');
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(app.getByTestId('trash-card')).toHaveCount(1);

  await app.getByRole('button', { name: 'Delete for good: “Speculative decoding”' }).click();
  await app.getByRole('dialog', { name: 'Delete for good?' }).getByRole('button', { name: 'Delete for good' }).click();
  await expect(app.getByText('The trash is empty.')).toBeVisible();
  // Focus does not fall to the top of the page with the card that held it.
  await expect(app.locator('main')).toBeFocused();
  await app.reload();
  await expect(app.getByText('The trash is empty.')).toBeVisible();
});

test('emptying the trash deletes every story in it after one confirmation, leaving the library alone', async ({ app }) => {
  await createAndDelete(app, 'Mixture of experts');
  await createAndDelete(app, 'State-space models');
  await app.getByRole('link', { name: 'Library' }).click();
  await app.getByRole('button', { name: 'New story', exact: true }).click();
  await app.getByLabel('Title').fill('Still writing this one');
  await app.getByRole('button', { name: 'Create story' }).click();
  await expect(app.getByLabel('Story title')).toHaveValue('Still writing this one');

  await app.getByRole('link', { name: 'Trash' }).click();
  await expect(app.getByTestId('trash-card')).toHaveCount(2);
  await app.getByRole('button', { name: 'Empty trash…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Empty the trash?' });
  await expect(dialog).toContainText('All 2 stories in the trash will be removed');
  await dialog.getByRole('button', { name: 'Empty trash' }).click();
  await expect(app.getByText('The trash is empty.')).toBeVisible();
  await app.getByRole('link', { name: 'Library' }).click();
  await expect(app.getByRole('link', { name: 'Still writing this one' })).toBeVisible();
});
