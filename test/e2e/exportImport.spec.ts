import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

const SHOTS = process.env['VIVA_SHOTS'];

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

async function createStory(page: Page, title: string) {
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Create story' }).click();
  await expect(page.getByLabel('Story title')).toHaveValue(title);
}

/** Save the chosen export from the open story's dialog; returns the downloaded text and name. */
async function exportFromStory(page: Page, option: RegExp) {
  await page.getByRole('button', { name: 'Export or copy…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export this story' });
  // Each dialog opens on its choice or its main action, not on the Close button.
  await expect(dialog.getByRole('radio', { checked: true })).toBeFocused();
  await dialog.getByRole('radio', { name: option }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save file…' }).click();
  const download = await downloading;
  const path = await download.path();
  await expect(dialog.getByRole('status')).toHaveText(`Saved “${download.suggestedFilename()}”.`);
  return { dialog, path, name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

async function importFile(page: Page, path: string, options: { scan?: boolean } = {}) {
  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a backup' });
  await expect(dialog.getByRole('button', { name: 'Choose a file…' })).toBeFocused();
  if (options.scan) await expectNoSeriousA11yViolations(page, 'the import dialog');
  const choosing = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: /Choose (a|another) file…/ }).click();
  await (await choosing).setFiles(path);
  return dialog;
}

test('a story backup exported and deleted for good comes back identical', async ({ app }) => {
  await createStory(app, 'Retrieval for long-context QA');
  await app.getByLabel('Broad field').fill('Information retrieval');
  const { dialog, path, name, text } = await exportFromStory(app, /Story backup/);
  expect(name).toMatch(/^retrieval-for-long-context-qa-viva-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await expectNoSeriousA11yViolations(app, 'the export dialog');
  await shot(app, 'export-dialog-backup');
  await dialog.getByRole('button', { name: 'Done' }).click();

  // Delete it for good, then import the file: the same story is back.
  await app.getByRole('link', { name: 'Library' }).click();
  await app.getByRole('button', { name: 'Delete “Retrieval for long-context QA”' }).click();
  await app.getByRole('link', { name: 'Trash' }).click();
  await app.getByRole('button', { name: 'Delete for good: “Retrieval for long-context QA”' }).click();
  await app.getByRole('dialog').getByRole('button', { name: 'Delete for good' }).click();
  await expect(app.getByText('The trash is empty.')).toBeVisible();

  const importDialog = await importFile(app, path);
  // The file chooser hands over the downloaded copy, which Playwright names by a random id.
  await expect(importDialog.getByRole('status')).toContainText(/^Imported “.+”: 1 story, 0 rehearsals\.$/);
  await expectNoSeriousA11yViolations(app, 'the import report');
  await shot(app, 'import-done');
  await importDialog.getByRole('button', { name: 'Done' }).click();
  await app.getByRole('link', { name: 'Retrieval for long-context QA' }).click();
  await expect(app.getByLabel('Broad field')).toHaveValue('Information retrieval');

  // Exported again, it holds the very same story.
  const again = await exportFromStory(app, /Story backup/);
  const storiesOf = (json: string) => (JSON.parse(json) as { stories: unknown[] }).stories;
  expect(storiesOf(again.text)).toEqual(storiesOf(text));
});

test('importing a story that is already there brings in a copy', async ({ app }) => {
  await createStory(app, 'Sparse attention');
  const { path } = await exportFromStory(app, /Story backup/);
  await app.keyboard.press('Escape');
  const dialog = await importFile(app, path, { scan: true });
  await expect(dialog.getByRole('status')).toContainText('came in as a copy named “Sparse attention (imported copy)”');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(app.getByRole('link', { name: 'Sparse attention (imported copy)' })).toBeVisible();
  await expect(app.getByRole('link', { name: 'Sparse attention', exact: true })).toBeVisible();
});

test('a broken backup is refused with every problem named, and the library is unchanged', async ({ app }, testInfo) => {
  await expect(app.getByRole('heading', { name: 'Your stories' })).toBeVisible();
  const before = await app.locator('.story-list').innerText();
  const broken = testInfo.outputPath('broken.json');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(
    broken,
    JSON.stringify({
      format: 'viva-backup',
      schemaVersion: 1,
      appVersion: '0.1.0',
      exportedAt: '2026-01-01T00:00:00.000Z',
      scope: 'library',
      stories: [{ id: 'x', title: 42 }],
      sessions: [],
      formats: [],
      questions: [],
      practice: [],
      preferences: null,
      recordings: [],
    }),
  );
  // The file is read and checked in a worker, off the window's thread.
  const worker = app.waitForEvent('worker');
  const dialog = await importFile(app, broken);
  expect((await worker).url()).toMatch(/backupParseWorker/);
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Nothing was imported.');
  await expect(alert).toContainText('stories[1].title: should be text, not a number');
  await expectNoSeriousA11yViolations(app, 'the import problems');
  await shot(app, 'import-failed');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await app.locator('.story-list').innerText()).toBe(before);
});

test('the story exports as markdown and slides, and copies to the clipboard', async ({ app }) => {
  await createStory(app, 'Diffusion | policies');
  const markdown = await exportFromStory(app, /Story document/);
  expect(markdown.name).toBe('diffusion-policies.md');
  expect(markdown.text).toMatch(/^# Diffusion \\\| policies\n\n\*Prepared for: Research interview loop\*\n/);
  await markdown.dialog.getByRole('radio', { name: /Slides with speaker notes/ }).check();
  await markdown.dialog.getByLabel('Slide tool').selectOption('slidev');
  await shot(app, 'export-dialog-slides');
  await expectNoSeriousA11yViolations(app, 'the export dialog with slide options');
  const downloading = app.waitForEvent('download');
  await markdown.dialog.getByRole('button', { name: 'Save file…' }).click();
  const slides = readFileSync(await (await downloading).path(), 'utf8');
  // Slidev renders the title as markdown, so its pipe is escaped there too.
  expect(slides).toMatch(/^---\ntitle: "Diffusion \\\\\| policies"\nduration: 20min\n/);
  // The title slide, then one slide per beat.
  expect(slides.match(/^# /gm)).toHaveLength(11);

  await app.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await markdown.dialog.getByRole('radio', { name: /Story document/ }).check();
  await markdown.dialog.getByRole('button', { name: 'Copy as markdown' }).click();
  await expect(markdown.dialog.getByRole('status')).toHaveText('The story is on the clipboard as markdown.');
  expect(await app.evaluate(() => navigator.clipboard.readText())).toBe(markdown.text);
});

test('the library backup dialog passes an accessibility scan and downloads the library', async ({ app }) => {
  await app.getByRole('button', { name: 'Back up…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Back up the library' });
  await expect(dialog.getByRole('button', { name: 'Save backup…' })).toBeFocused();
  await expectNoSeriousA11yViolations(app, 'the library backup dialog');
  await shot(app, 'library-backup');
  const downloading = app.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save backup…' }).click();
  const text = readFileSync(await (await downloading).path(), 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'viva-backup', scope: 'library' });
});
