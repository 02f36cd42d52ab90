import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

async function createStory(page: Page, title: string) {
  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Create story' }).click();
  await expect(page.getByLabel('Story title')).toHaveValue(title);
}

async function openBackups(page: Page) {
  await page.getByRole('link', { name: 'Preferences' }).click();
  await page.getByRole('link', { name: 'Backups and restore' }).click();
  await expect(page.getByRole('heading', { name: 'Backups', level: 1 })).toBeVisible();
}

async function backUpNow(page: Page, rowsAfter: number) {
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByTestId('backup-row')).toHaveCount(rowsAfter);
}

test('restoring a backup replaces the whole library, after backing up the current one', async ({ app }) => {
  await createStory(app, 'Contrastive pretraining');
  await openBackups(app);
  await backUpNow(app, 1);
  await expect(app.getByTestId('backup-row').first()).toContainText(/\d+ stor(y|ies)/);
  await expectNoSeriousA11yViolations(app, 'the backups screen');

  // Change the library after the backup: delete one story, write another.
  await app.getByRole('link', { name: 'Library' }).click();
  await app.getByRole('button', { name: 'Delete “Contrastive pretraining”' }).click();
  await createStory(app, 'Written after the backup');

  await openBackups(app);
  await app
    .getByTestId('backup-row')
    .first()
    .getByRole('button', { name: /^Restore the backup of/ })
    .click();
  const dialog = app.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText(/holds \d+ stor(y|ies)/);
  await expectNoSeriousA11yViolations(app, 'the restore confirmation');
  await dialog.getByRole('button', { name: 'Replace my library' }).click();

  await expect(app.getByRole('heading', { name: 'Your stories' })).toBeVisible();
  await expect(app.getByRole('link', { name: 'Contrastive pretraining' })).toBeVisible();
  await expect(app.getByRole('link', { name: 'Written after the backup' })).toHaveCount(0);

  // The library as it was just before the restore is the newest backup, and can itself be restored.
  await openBackups(app);
  await expect(app.getByTestId('backup-row')).toHaveCount(2);
  await app
    .getByTestId('backup-row')
    .first()
    .getByRole('button', { name: /^Restore the backup of/ })
    .click();
  await app.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Replace my library' }).click();
  await expect(app.getByRole('link', { name: 'Written after the backup' })).toBeVisible();
  await expect(app.getByRole('link', { name: 'Contrastive pretraining' })).toHaveCount(0);
});

test('cancelling the confirmation changes nothing', async ({ app }) => {
  await createStory(app, 'Graph neural solvers');
  await openBackups(app);
  await backUpNow(app, 1);
  await app.getByRole('button', { name: /^Restore the backup of/ }).click();
  await app.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(app.getByRole('dialog')).toHaveCount(0);
  await expect(app.getByTestId('backup-row')).toHaveCount(1);
});

test('when the library is lost, the next start offers the newest backup', async ({ launch }) => {
  let context = await launch();
  let page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await createStory(page, 'Months of careful work');
  await openBackups(page);
  await backUpNow(page, 1);

  // Lose the library database (the backups live apart from it), then start again.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('viva');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(new Error('delete failed'));
      }),
  );
  await context.close();
  context = await launch();
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');

  const offer = page.getByRole('dialog', { name: 'Restore your library from a backup?' });
  await expect(offer).toContainText(/holding \d+ stor(y|ies)/);
  await expectNoSeriousA11yViolations(page, 'the restore offer');
  await offer.getByRole('button', { name: 'Restore it…' }).click();
  await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Replace my library' }).click();
  await expect(page.getByRole('link', { name: 'Months of careful work' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
