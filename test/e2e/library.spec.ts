import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

test('a story created and renamed is still there after the browser restarts', async ({ launch }) => {
  let context = await launch();
  let page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');

  await page.getByRole('button', { name: 'New story', exact: true }).click();
  // The dialog opens ready to type the title, not on its Close button.
  await expect(page.getByLabel('Title')).toBeFocused();
  await page.getByLabel('Title').fill('Retrieval for long-context QA');
  await page.getByRole('button', { name: 'Create story' }).click();
  await expect(page.getByLabel('Story title')).toHaveValue('Retrieval for long-context QA');

  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('button', { name: 'Rename “Retrieval for long-context QA”' }).click();
  await page.getByLabel('New title').fill('Sparse retrieval for long-context QA');
  await page.getByLabel('New title').press('Enter');
  await expect(page.getByRole('link', { name: 'Sparse retrieval for long-context QA' })).toBeVisible();

  await context.close();
  context = await launch();
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Sparse retrieval for long-context QA' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Retrieval for long-context QA', exact: true })).toHaveCount(0);
});

test('renaming to an empty title is refused with a clear message', async ({ app }) => {
  await app.getByRole('button', { name: 'New story', exact: true }).click();
  await app.getByLabel('Title').fill('Bandits');
  await app.getByRole('button', { name: 'Create story' }).click();
  await app.getByRole('link', { name: 'Library' }).click();
  await app.getByRole('button', { name: 'Rename “Bandits”' }).click();
  await app.getByLabel('New title').fill('   ');
  await app.getByLabel('New title').press('Enter');
  await expect(app.getByRole('alert')).toHaveText('A story needs a title.');
});

test('a deleted story can be brought back with undo', async ({ app }) => {
  await app.getByRole('button', { name: 'New story', exact: true }).click();
  await app.getByLabel('Title').fill('Diffusion policies');
  await app.getByRole('button', { name: 'Create story' }).click();
  await app.getByRole('link', { name: 'Library' }).click();
  await app.getByRole('button', { name: 'Delete “Diffusion policies”' }).click();
  await expect(app.getByRole('link', { name: 'Diffusion policies' })).toHaveCount(0);
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(app.getByRole('link', { name: 'Diffusion policies' })).toBeVisible();
});

test('the shortcut sheet opens with ? and closes with Escape', async ({ app }) => {
  await app.locator('body').press('?');
  const sheet = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expectNoSeriousA11yViolations(app, 'the shortcut sheet');
  await app.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});

test('the library passes an accessibility scan', async ({ app }) => {
  await expect(app.getByRole('heading', { name: 'Your stories' })).toBeVisible();
  await expectNoSeriousA11yViolations(app, 'the library');
});

test('the skip link moves focus to the content without leaving the page, and the window is named after the place', async ({
  app,
}) => {
  await app.getByRole('link', { name: 'Drills', exact: true }).click();
  await expect(app).toHaveTitle('Drills · Viva');
  await app.getByRole('link', { name: 'Trash', exact: true }).click();
  await expect(app).toHaveTitle('Trash · Viva');
  await app.getByRole('link', { name: 'Skip to content' }).focus();
  await app.keyboard.press('Enter');
  await expect(app.locator('main')).toBeFocused();
  await expect(app.getByRole('heading', { name: 'Trash', level: 1 })).toBeVisible();
});
