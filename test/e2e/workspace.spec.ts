import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

async function createStory(page: Page, title: string) {
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Create story' }).click();
  await expect(page.getByLabel('Story title')).toHaveValue(title);
}

test('text typed just before a reload is all there after it', async ({ app }) => {
  await createStory(app, 'Reload safety');
  const coreTask = app.locator('#field-fieldMap-coreTask [contenteditable]');
  await coreTask.click();
  const prose = 'In: a 300-page filing and a question. Out: an answer with the pages that support it.';
  await app.keyboard.type(prose, { delay: 5 });
  await app.getByLabel('Broad field').click();
  await app.keyboard.type('Natural language processing', { delay: 5 });
  // Reload at once: well inside the autosave delay of the last keystroke.
  await app.reload();
  await expect(app.getByLabel('Broad field')).toHaveValue('Natural language processing');
  await expect(coreTask).toHaveText(prose);
});

test('typing into the editor keeps every character, with bold and lists', async ({ app }) => {
  await createStory(app, 'Editor');
  const editor = app.locator('#field-fieldMap-challenge [contenteditable]');
  await editor.click();
  await app.keyboard.type('Evidence is far apart. ');
  await app.keyboard.press('Control+b');
  await app.keyboard.type('Attention is quadratic.');
  await app.keyboard.press('Control+b');
  await app.keyboard.press('Enter');
  await app.keyboard.type('- first point');
  await expect(editor.locator('strong')).toHaveText('Attention is quadratic.');
  await expect(editor.locator('ul li')).toHaveText('first point');
  await expect(app.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');
  await app.reload();
  await expect(editor.locator('strong')).toHaveText('Attention is quadratic.');
  await expect(editor.locator('ul li')).toHaveText('first point');
});

test('a link can only point to http(s) or mailto', async ({ app }) => {
  await createStory(app, 'Links');
  const editor = app.locator('#field-fieldMap-recentChange [contenteditable]');
  await editor.click();
  await app
    .getByRole('toolbar', { name: 'Formatting for What changed recently' })
    .getByRole('button', { name: 'Add link' })
    .click();
  await app.getByLabel('Link address').fill('javascript:alert(1)');
  await app.getByLabel('Link address').press('Enter');
  await expect(app.getByRole('alert')).toContainText('Links must be full http(s) or mailto addresses');
  await app.getByLabel('Link address').fill('https://arxiv.org/abs/2401.00001');
  await app.getByLabel('Link address').press('Enter');
  await expect(editor.locator('a')).toHaveAttribute('href', 'https://arxiv.org/abs/2401.00001');
});

test('the field map passes an accessibility scan and works from the keyboard', async ({ app }) => {
  await createStory(app, 'Keyboard only');
  await expectNoSeriousA11yViolations(app, 'the field map');
  await app.getByLabel('Broad field').focus();
  await app.keyboard.type('Robotics');
  await app.keyboard.press('Tab');
  await app.keyboard.press('Tab');
  await expect(app.getByLabel('Scoped sub-area')).toBeFocused();
});
