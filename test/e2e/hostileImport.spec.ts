/*
 * A hostile backup through the real app in Chromium (IndexedDB, the parse and review workers):
 * axes whose ids are "constructor" and "toString", and formatted text nested 1,000 levels deep.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackupFile, serializeBackup } from '../../shared/backup/createBackupFile';
import { newFamily } from '../../shared/model/families';
import type { RichText, RichTextNode } from '../../shared/model/richText';
import { newStory } from '../../shared/model/story';
import { expect, test } from './fixtures';

/** A document whose deepest node is 1,000 levels down: lists in list items, "bottom" at the end. */
function deepDoc(): RichText {
  let node: RichTextNode = { type: 'paragraph', content: [{ type: 'text', text: 'bottom of the list' }] };
  for (let level = 998; level > 0; level -= 2) {
    const item: RichTextNode = {
      type: 'listItem',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: `item ${level / 2}` }] }, node],
    };
    node = { type: 'bulletList', content: [item] };
  }
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Top of the list' }] }, node] };
}

function hostileBackupFile(): string {
  const story = newStory('Prototype-named axes', Date.UTC(2026, 0, 2));
  const rated = {
    ...newFamily('Rated family'),
    id: 'family-rated',
    ratings: { constructor: { score: 4 as const, note: 'quick' } },
  };
  const unrated = { ...newFamily('Unrated family'), id: 'family-unrated' };
  const file = createBackupFile(
    {
      stories: [
        {
          ...story,
          id: 'story-hostile',
          fieldMap: { ...story.fieldMap, coreTask: deepDoc() },
          families: {
            axes: [
              { id: 'constructor', name: 'Speed' },
              { id: 'toString', name: 'Quality' },
            ],
            items: [rated, unrated],
          },
        },
      ],
      sessions: [],
      formats: [],
      questions: [],
      practice: [],
      preferences: null,
      recordings: [],
      analyses: [],
      critiques: [],
    },
    { scope: 'library', appVersion: '0.1.0', exportedAt: Date.UTC(2026, 0, 3) },
  );
  const path = join(mkdtempSync(join(tmpdir(), 'viva-hostile-')), 'hostile.json');
  writeFileSync(path, serializeBackup(file));
  return path;
}

test('a backup with prototype-named axis ids and deeply nested lists imports, shows, reviews and exports', async ({ app }) => {
  await app.getByRole('button', { name: 'Import…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Import a backup' });
  const choosing = app.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a file…' }).click();
  await (await choosing).setFiles(hostileBackupFile());
  await expect(dialog.getByRole('status')).toContainText(/^Imported “hostile\.json”: 1 story/);
  await dialog.getByRole('button', { name: 'Done' }).click();

  await app.getByRole('link', { name: 'Prototype-named axes' }).click();
  await expect(app.getByText('bottom of the list')).toBeAttached();

  await app
    .getByRole('link', { name: /Method families/ })
    .first()
    .click();
  await expect(app.getByLabel('Rating of Rated family on Speed')).toHaveValue('4');
  await expect(app.getByLabel('Rating of Unrated family on Speed')).toHaveValue('');
  await expect(app.getByLabel('Rating of Rated family on Quality')).toHaveValue('');
  // Rating the unrated cell on the "constructor" axis is stored like any other rating.
  await app.getByLabel('Rating of Unrated family on Speed').selectOption('2');
  await expect(app.getByLabel('Rating of Unrated family on Speed')).toHaveValue('2');

  await app.getByRole('button', { name: 'Export or copy…' }).click();
  const exportDialog = app.getByRole('dialog', { name: 'Export this story' });
  await exportDialog
    .getByRole('radio', { name: /Story document/ })
    .first()
    .check();
  const downloading = app.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Save file…' }).click();
  const markdown = readFileSync(await (await downloading).path(), 'utf8');
  expect(markdown).toContain('4/5 Good');
  expect(markdown).toContain('2/5 Weak');
  expect(markdown).toContain('bottom of the list');
  expect(markdown).not.toContain('native code');
  await exportDialog.getByRole('button', { name: 'Done' }).click();

  await app.goto(app.url().replace(/#.*$/, '#/readiness/story-hostile'));
  await expect(app.getByRole('heading', { level: 1, name: 'Readiness review' })).toBeVisible();
  await expect(app.getByText(/Rated family/).first()).toBeVisible();
});
