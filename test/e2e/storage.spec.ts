import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

test('preferences show the storage in use and the browser’s answer on keeping the data', async ({ app }) => {
  await app.getByRole('link', { name: 'Preferences' }).click();
  await expect(app.getByTestId('storage-usage')).toHaveText(
    /^[\d.]+ (bytes|KB|MB|GB) of the [\d.]+ (KB|MB|GB) the browser allows$/,
  );
  await expect(app.getByTestId('storage-persistence')).toHaveText(/^(Kept safe|Not guaranteed|This browser does not say)/);
  await expect(app.getByRole('link', { name: 'Backups and restore' })).toBeVisible();
  await expectNoSeriousA11yViolations(app, 'preferences');

  // The answer is recorded in the library's settings.
  const recorded = await app.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('viva');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get('flag:persistentStorageGranted');
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result);
          };
        };
      }),
  );
  expect(recorded).toMatchObject({ key: 'flag:persistentStorageGranted', value: expect.any(Boolean) });
});
