import { expect, test } from './fixtures';

test('a reload while a save is in flight loses no words: the journal keeps them until the commit', async ({ app: page }) => {
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByLabel('Title').fill('In flight');
  await page.getByRole('button', { name: 'Create story' }).click();
  await page.getByRole('link', { name: /^Field map/ }).click();
  const broad = page.getByLabel('Broad field', { exact: true });
  await expect(broad).toBeVisible();

  // Hold the stories table with a transaction that never ends, so the autosave's write waits.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('viva');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const tx = open.result.transaction(['stories', 'summaries'], 'readwrite');
          const spin = () => {
            tx.objectStore('stories').get('nothing').onsuccess = spin;
          };
          spin();
          resolve();
        };
      }),
  );
  await broad.click();
  await page.keyboard.type('Retrieval over legal filings');
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saving');
  await page.reload();

  await page.getByRole('link', { name: /^Field map/ }).click();
  await expect(page.getByLabel('Broad field', { exact: true })).toHaveValue('Retrieval over legal filings');
  // Replayed into the database, and the journal cleared once committed.
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('viva:unsaved:')).length))
    .toBe(0);
});
