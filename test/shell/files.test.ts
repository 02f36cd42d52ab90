/*
 * Files through the desktop shell, end to end: the built main process, preload and renderer on
 * the stand-in Electron, with native dialogs scripted to answer paths in a temporary folder.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { expect as expectPage } from '@playwright/test';
import { loadMain, startShell, temporaryHome, waitFor, type Shell } from './startShell';
import { createStory, openBackups } from './shellSteps';

let shells: Shell[] = [];
let home: ReturnType<typeof temporaryHome>;
afterEach(async () => {
  for (const shell of shells) await shell.runtime.exit();
  shells = [];
  home?.remove();
});

async function start(): Promise<Shell> {
  home = temporaryHome();
  const shell = await startShell(home);
  shells.push(shell);
  return shell;
}

test('a story exported through the native save dialog is on disk, byte for byte what the app made', async () => {
  const { page, runtime, documentsDir } = await start();
  await createStory(page, 'Sparse retrieval at scale');
  const target = join(documentsDir, 'chosen-name.json');
  runtime.dialogAnswers.push(target);
  await page.getByRole('button', { name: 'Export or copy…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export this story' });
  await dialog.getByRole('radio', { name: /Story backup/ }).check();
  await dialog.getByRole('button', { name: 'Save file…' }).click();
  await expectPage(dialog.getByRole('status')).toHaveText('Saved “chosen-name.json”.');

  const [save] = runtime.entries<{ kind: string; options: { defaultPath: string; filters: unknown } }>('dialogs');
  expect(save?.kind).toBe('save');
  // The dialog opens in the user's documents, on the name the app suggests, filtered to backups.
  expect(save?.options.defaultPath).toMatch(new RegExp(`^${documentsDir}/sparse-retrieval-at-scale-viva-backup-.+\\.json$`));
  expect(save?.options.filters).toEqual([{ name: expect.any(String), extensions: ['json'] }]);
  const sent = runtime.entries<{ channel: string; args: [{ content: string }] }>('ipc').find((m) => m.channel === 'file:save');
  const onDisk = readFileSync(target);
  expect(onDisk.equals(Buffer.from(sent?.args[0].content ?? '', 'utf8'))).toBe(true);
  expect(JSON.parse(onDisk.toString('utf8')).stories[0].title).toBe('Sparse retrieval at scale');
  // Written atomically: no temporary file is left beside it.
  expect(readdirSync(documentsDir)).toEqual(['chosen-name.json']);
});

test('a backup file chosen in the native open dialog is imported', async () => {
  const { page, runtime, documentsDir } = await start();
  await createStory(page, 'Written to be imported');
  const exported = join(documentsDir, 'exported.json');
  runtime.dialogAnswers.push(exported);
  await page.getByRole('button', { name: 'Export or copy…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export this story' });
  await exportDialog.getByRole('radio', { name: /Story backup/ }).check();
  await exportDialog.getByRole('button', { name: 'Save file…' }).click();
  await expectPage(exportDialog.getByRole('status')).toHaveText('Saved “exported.json”.');
  await exportDialog.getByRole('button', { name: 'Done' }).click();
  // Change the title inside the file, so the import is a new story, told apart by its name.
  const file = JSON.parse(readFileSync(exported, 'utf8'));
  file.stories[0].id = 'imported-story';
  file.stories[0].title = 'Came in through the open dialog';
  writeFileSync(join(documentsDir, 'to-import.json'), JSON.stringify(file));

  runtime.dialogAnswers.push(join(documentsDir, 'to-import.json'));
  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a backup' });
  await dialog.getByRole('button', { name: 'Choose a file…' }).click();
  await expectPage(dialog.getByRole('status')).toContainText('Imported “to-import.json”: 1 story');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expectPage(page.getByRole('link', { name: 'Came in through the open dialog' })).toBeVisible();
  expect(runtime.entries<{ kind: string }>('dialogs').map((entry) => entry.kind)).toEqual(['save', 'open']);
});

test('rolling backups are written to userData/backups and restored from the Backups screen', async () => {
  const { page, userDataDir } = await start();
  await createStory(page, 'Kept in a rolling backup');
  await openBackups(page);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expectPage(page.getByTestId('backup-row')).toHaveCount(1);
  const backups = join(userDataDir, 'backups');
  const [name] = readdirSync(backups);
  const content = JSON.parse(readFileSync(join(backups, name ?? ''), 'utf8'));
  expect(content.stories.map((story: { title: string }) => story.title)).toContain('Kept in a rolling backup');
  // Named after its live stories, as the renderer counted them (main reads only the header).
  const live = content.stories.filter((story: { deletedAt: unknown }) => story.deletedAt === null).length;
  expect(name).toMatch(new RegExp(`-${live}-stor(y|ies)\\.json$`));

  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('button', { name: 'Delete “Kept in a rolling backup”' }).click();
  await openBackups(page);
  await page
    .getByTestId('backup-row')
    .first()
    .getByRole('button', { name: /^Restore the backup of/ })
    .click();
  await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Replace my library' }).click();
  await expectPage(page.getByRole('link', { name: 'Kept in a rolling backup' })).toBeVisible();
});

test('quitting with a changed library takes a final backup before the app exits', async () => {
  const { page, runtime, userDataDir } = await start();
  await createStory(page, 'Changed just before quitting');
  await expectPage(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');
  runtime.clickMenu('File', 'Quit');
  await runtime.exited;
  const backups = join(userDataDir, 'backups');
  expect(existsSync(backups)).toBe(true);
  const [name] = readdirSync(backups);
  const content = readFileSync(join(backups, name ?? ''), 'utf8');
  expect(JSON.parse(content).stories.map((story: { title: string }) => story.title)).toContain('Changed just before quitting');
  expect(runtime.entries<{ channel: string }>('sent').map((sent) => sent.channel)).toContain('backup:due');
});

test('a menu command reaches the renderer', async () => {
  const { page, runtime } = await start();
  runtime.clickMenu('Help', 'Keyboard Shortcuts');
  await expectPage(page.getByRole('dialog', { name: /Keyboard shortcuts/i })).toBeVisible();
  runtime.clickMenu('File', 'New Story');
  await expectPage(page.getByLabel('Title')).toBeVisible();
});

test('a second instance hands over to the first, which comes to the front', async () => {
  const first = await start();
  const window = first.runtime.windows[0];
  window?.minimize();
  const second = await loadMain(home);
  await second.exited;
  expect(second.context).toBeNull(); // it never opened Chromium or a window
  await waitFor(() => window && window.focusCount > 0 && !window.isMinimized(), 'the first window to come forward');
  expect(first.runtime.phase).toBe('ready');
});
