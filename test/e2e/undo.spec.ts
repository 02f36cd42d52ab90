import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

async function newStory(page: Page, title: string) {
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Create story' }).click();
  await expect(page.getByLabel('Story title')).toHaveValue(title);
}

async function openSection(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Story sections' })
    .getByRole('link', { name: new RegExp(`^${name}`) })
    .click();
}

/** Focus nothing in particular, as after a click on the page: Ctrl+Z then belongs to the app. */
async function leaveFields(page: Page) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

const notices = (page: Page) => page.getByRole('status').filter({ has: page.getByRole('button', { name: 'Dismiss message' }) });

async function dismissNotices(page: Page) {
  const dismiss = page.getByRole('button', { name: 'Dismiss message' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
}

/** The records of one list (not the lists nested in its records). */
const recordsOf = (page: Page, list: string): Locator =>
  page.getByRole('list', { name: list, exact: true }).locator(':scope > li');

const KINDS = [
  { section: 'Field map', noun: 'evidence item', list: 'Evidence items' },
  { section: 'Method families', noun: 'family', list: 'Families' },
  { section: 'Falsifiable bets', noun: 'bet', list: 'Bets' },
  { section: 'Experiment checklist', noun: 'checklist item', list: 'Checklist items' },
  { section: 'Limitations', noun: 'failure mode', list: 'Failure modes' },
  { section: 'Talk outline', noun: 'beat', list: 'Beats' },
];

test('every kind of item comes back after a delete: from its notice, and with Ctrl+Z long after it; Ctrl+Shift+Z and Ctrl+Y redo', async ({
  app: page,
}) => {
  await newStory(page, 'Undo everywhere');
  for (const { section, noun, list } of KINDS) {
    await openSection(page, section);
    const records = recordsOf(page, list);
    const before = await records.count();
    await page.getByRole('button', { name: `+ Add ${noun}`, exact: true }).click();
    await expect(records).toHaveCount(before + 1);
    const added = records.last();
    const remove = () =>
      added
        .getByRole('button', { name: /^Delete / })
        .last()
        .click();

    await remove();
    await expect(records).toHaveCount(before);
    await notices(page).getByRole('button', { name: 'Undo' }).click();
    await expect(records, `${noun}: the notice's Undo`).toHaveCount(before + 1);

    await remove();
    await expect(records).toHaveCount(before);
    await dismissNotices(page);
    await leaveFields(page);
    await page.keyboard.press('Control+z');
    await expect(records, `${noun}: Ctrl+Z after the notice is gone`).toHaveCount(before + 1);
    await expect(page.getByText(/^Undone: deleted /)).toBeVisible();
    await page.keyboard.press('Control+Shift+z');
    await expect(records, `${noun}: Ctrl+Shift+Z`).toHaveCount(before);
    await page.keyboard.press('Control+z');
    await expect(records).toHaveCount(before + 1);
    await page.keyboard.press('Control+y');
    await expect(records, `${noun}: Ctrl+Y`).toHaveCount(before);
    await page.keyboard.press('Control+z');
    await expect(records).toHaveCount(before + 1);
    await dismissNotices(page);
  }
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');
  await page.reload();
  for (const { section, list } of KINDS.slice(0, 2)) {
    await openSection(page, section);
    await expect(recordsOf(page, list).first()).toBeVisible();
  }
});

test('undoing a deleted family brings back its name and ratings and keeps words typed since in another family', async ({
  app: page,
}, testInfo) => {
  await newStory(page, 'Families undo');
  await openSection(page, 'Method families');
  for (const name of ['Sparse retrieval', 'Dense retrieval']) {
    await page.getByRole('button', { name: '+ Add family' }).click();
    await page.keyboard.type(name);
  }
  await page.getByLabel('Rating of Sparse retrieval on Quality').selectOption('4');
  await page.getByLabel('Rating of Sparse retrieval on Latency').selectOption('2');
  await page.getByRole('button', { name: /^Delete .*Sparse retrieval/ }).click();
  await expect(page.getByLabel('Rating of Sparse retrieval on Quality')).toHaveCount(0);
  // Words typed into the other family after the delete.
  await page.getByLabel('Where it fails').first().fill('Paraphrased questions: recall falls to 0.41.');
  await dismissNotices(page);
  await leaveFields(page);
  await page.keyboard.press('Control+z');
  await expect(page.getByLabel('Rating of Sparse retrieval on Quality')).toHaveValue('4');
  await expect(page.getByLabel('Rating of Sparse retrieval on Latency')).toHaveValue('2');
  await expect(page.getByLabel('Name', { exact: true }).first()).toHaveValue('Sparse retrieval');
  await expect(page.getByLabel('Where it fails').last()).toHaveValue('Paraphrased questions: recall falls to 0.41.');
  await expect(page.getByText('Undone: deleted Sparse retrieval.')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('undo-1280.png') });
  await page.setViewportSize({ width: 720, height: 860 });
  await page.screenshot({ path: testInfo.outputPath('undo-720.png') });
  await expectNoSeriousA11yViolations(page, 'the families after an undo');
});

test('a rating, a status and a reorder changed by mistake are undone with Ctrl+Z where they were made', async ({ app: page }) => {
  await newStory(page, 'Mistakes');
  await openSection(page, 'Method families');
  await page.getByRole('button', { name: '+ Add family' }).click();
  await page.keyboard.type('Sparse');
  const rating = page.getByLabel('Rating of Sparse on Quality');
  await rating.selectOption('3');
  await rating.selectOption('5');
  // The focus is still on the select, which has no undo of its own.
  await rating.focus();
  await page.keyboard.press('Control+z');
  await expect(rating).toHaveValue('3');

  await openSection(page, 'Experiment checklist');
  const group = page.getByRole('group', { name: /^Status of / }).first();
  const checked = await group.getByRole('radio', { checked: true }).getAttribute('value');
  await group.getByRole('radio', { name: 'Addressed' }).check();
  await page.keyboard.press('Control+z');
  await expect(group.locator(`input[value="${checked}"]`)).toBeChecked();

  await openSection(page, 'Talk outline');
  await page.getByRole('button', { name: '+ Add beat' }).click();
  await page.getByRole('button', { name: '+ Add beat' }).click();
  const beats = recordsOf(page, 'Beats');
  const order = await beats.evaluateAll((items) => items.map((li) => li.id));
  await beats
    .first()
    .getByRole('button', { name: /^Move .* down$/ })
    .click();
  await expect.poll(() => beats.evaluateAll((items) => items.map((li) => li.id))).not.toEqual(order);
  await page.keyboard.press('Control+z');
  await expect.poll(() => beats.evaluateAll((items) => items.map((li) => li.id))).toEqual(order);
});

test('a plain text field undoes a whole typed run, as a native field does, and leaves the app history alone', async ({
  app: page,
}) => {
  await newStory(page, 'Typing runs');
  await openSection(page, 'Field map');
  const broad = page.getByLabel('Broad field', { exact: true });
  await broad.click();
  await page.keyboard.type('hello world');
  await page.keyboard.press('Control+z');
  await expect(broad).toHaveValue('');
  await page.keyboard.press('Control+Shift+z');
  await expect(broad).toHaveValue('hello world');
  // Typed, saved, then typed again: Ctrl+Z takes back the last run only.
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');
  await page.keyboard.type(' and more');
  await page.waitForTimeout(800);
  await page.keyboard.press('Control+z');
  await expect(broad).toHaveValue('hello world');
  await expect(page.getByText(/^(Undone|Redone):|^Nothing to (undo|redo)/)).toHaveCount(0);
});

test('a deleted question and an edited format come back with Ctrl+Z', async ({ app: page }) => {
  await page.getByRole('link', { name: 'Deck' }).click();
  await page.getByLabel('Add your own question').fill('Why not a stronger baseline?');
  await page.getByRole('button', { name: 'Add question' }).click();
  await expect(page.getByText('Showing all 68 questions.')).toBeVisible();
  await page.getByLabel('Show').selectOption('own');
  await page
    .getByRole('listitem')
    .filter({ hasText: 'Why not a stronger baseline?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(page.getByText('Showing 0 of 67 questions.')).toBeVisible();
  await dismissNotices(page);
  await leaveFields(page);
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Showing 1 of 68 questions.')).toBeVisible();

  await page.goto('/#/rehearse');
  await page.getByRole('button', { name: 'Edit “Hypothesis pitch”' }).click();
  await page.getByLabel('Name').fill('Elevator pitch');
  await page.getByRole('button', { name: 'Save format' }).click();
  await expect(page.getByRole('radio', { name: /Elevator pitch/ })).toBeVisible();
  await dismissNotices(page);
  await leaveFields(page);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('radio', { name: /Hypothesis pitch/ })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Elevator pitch/ })).toHaveCount(0);
});
