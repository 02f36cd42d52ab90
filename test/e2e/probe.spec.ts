import { expect, test } from './fixtures';

test('probe undo', async ({ app: page }) => {
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByLabel('Title').fill('Probe');
  await page.getByRole('button', { name: 'Create story' }).click();
  await page.getByRole('link', { name: /^Field map/ }).click();
  const field = page.getByLabel('Broad field', { exact: true });
  await field.click();
  await page.keyboard.type('hello world');
  await page.keyboard.press('Control+z');
  console.log('after undo (immediately):', await field.inputValue());
  await page.keyboard.type('abc def');
  await page.waitForTimeout(1000);
  await page.keyboard.press('Control+z');
  console.log('after undo (after save):', await field.inputValue());
  await page.evaluate(() => {
    const t = document.createElement('textarea'); t.id = 'plain'; document.body.append(t);
  });
  await page.locator('#plain').click();
  await page.keyboard.type('hello world');
  await page.keyboard.press('Control+z');
  console.log('plain:', await page.locator('#plain').inputValue());
  expect(1).toBe(1);
});
