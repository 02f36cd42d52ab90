/*
 * A paper critique end to end in Chromium: created from the library, filled field by field while
 * its review follows, exported to markdown, kept across a restart (real IndexedDB on disk), found
 * by the library's search, and rehearsed with the Paper discussion preset, whose cue cards come
 * from it. Axe and a 720 px window are checked on its screen.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';
import { readTable } from './readTable';

const SHOTS = process.env['VIVA_SHOTS'];

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const TITLE = 'Sparse Mixtures of Adapters for Low-Resource Translation';

test('a paper critique is written with its review alongside, exported, kept after a restart, and rehearsed as a paper discussion', async ({
  launch,
}) => {
  // A long walk through the whole document, a restart and a run, on a machine shared with others.
  test.setTimeout(180_000);
  let context = await launch();
  let page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');

  // Create it from the library.
  await page.getByRole('button', { name: 'New paper critique' }).click();
  const dialog = page.getByRole('dialog', { name: 'New paper critique' });
  await dialog.getByRole('button', { name: 'Create critique' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Write the title of the paper you will discuss.');
  await dialog.getByLabel('Paper title').fill(TITLE);
  await dialog.getByRole('button', { name: 'Create critique' }).click();
  await expect(page).toHaveURL(/#\/critique\/[\w-]+$/);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page).toHaveTitle(`${TITLE} · Paper critique · Viva`);

  // A new critique: the review names what is missing.
  const review = page.getByTestId('critique-review');
  const finding = (rule: string) => review.locator(`[data-rule="critique.${rule}"]`);
  await expect(finding('noClaims')).toBeVisible();
  await expect(finding('noStrength')).toBeVisible();
  await expect(finding('fewLensesChecked')).toContainText('Only 0 of 7 lenses checked');
  await expectNoSeriousA11yViolations(page, 'a new paper critique');

  // A finding takes the caret to its field.
  await finding('noClaims').getByRole('link').click();
  await expect(page.getByRole('textbox', { name: 'Claim 1', exact: true })).toBeFocused();
  await page
    .getByRole('textbox', { name: 'Claim 1', exact: true })
    .fill('Routing to two of eight adapters beats one shared adapter at equal size.');
  await expect(finding('noClaims')).toHaveCount(0);

  await page.getByLabel('Authors', { exact: true }).fill('R. Okafor, L. Marsh et al.');
  await page.getByLabel('Venue and year', { exact: true }).fill('Findings of EMNLP 2024');
  await page.getByLabel('Link', { exact: true }).fill('javascript:alert(1)');
  await expect(finding('unsafeLink')).toContainText('“javascript:alert(1)” is not a web address starting with https://.');
  await expect(page.getByText('Viva opens only web and mailto addresses, so this one stays plain text.')).toBeVisible();
  await page.getByLabel('Link', { exact: true }).fill('https://example.org/papers/sparse-adapters.pdf');
  await expect(finding('unsafeLink')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'https://example.org/papers/sparse-adapters.pdf' })).toBeVisible();

  const summary = page.locator('#field-summary [contenteditable="true"]');
  await summary.click();
  await page.keyboard.type('Each sentence is routed to two of eight small adapters.');

  // An attack with no experiment is an error until the experiment is named.
  const variance = page.getByRole('region', { name: 'Variance' });
  await variance.getByRole('radio', { name: 'Attack' }).check();
  await variance.getByLabel('Finding on variance').fill('One seed per cell; the gains are about one point.');
  await expect(finding('attackWithoutExperiment')).toContainText('The attack on variance proposes no experiment.');
  await variance.getByLabel('Experiment to settle it (variance)').fill('Five seeds per setting, with the spread reported.');
  await expect(finding('attackWithoutExperiment')).toHaveCount(0);
  for (const lens of ['Baselines and their tuning', 'Metric and its blind spots', 'Compute match']) {
    const card = page.getByRole('region', { name: lens });
    await card.getByRole('radio', { name: 'Holds up' }).check();
    await card.getByLabel(/^Finding on/).fill('Reported in the main table.');
  }
  await expect(finding('fewLensesChecked')).toHaveCount(0);

  await page
    .getByRole('textbox', { name: 'Strength 1', exact: true })
    .fill('Parameter count is held fixed across the comparison.');
  await expect(finding('noStrength')).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Weakness 1', exact: true }).fill('One seed per setting.');

  // A verdict with no condition that would change it is an error.
  await page.getByLabel('Your call', { exact: true }).selectOption({ label: 'Lean accept' });
  await expect(finding('verdictWithoutCondition')).toBeVisible();
  await page
    .getByLabel('What would change your call', { exact: true })
    .fill('If the gain falls within seed noise, I would lean reject.');
  await expect(finding('verdictWithoutCondition')).toHaveCount(0);
  await expect(page.getByTestId('save-indicator')).toHaveText('Saved');

  // Undo takes back the verdict, redo puts it back.
  await page.getByLabel('Your call', { exact: true }).focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByLabel('Your call', { exact: true })).toHaveValue('');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByLabel('Your call', { exact: true })).toHaveValue('weakAccept');

  // A finding that does not apply is set aside with a reason, and can be brought back.
  await finding('noAskedExperiment')
    .getByRole('button', { name: /Dismiss/ })
    .click();
  await review.getByLabel('Why does this not apply?').fill('The panel asks for it only if time allows.');
  await review.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(review.getByRole('status')).toHaveText('Nothing to fix: the critique is ready for the discussion. 1 dismissed.');
  await review.getByText('Dismissed (1)').click();
  await expect(review.getByText('“The panel asks for it only if time allows.”')).toBeVisible();

  await expectNoSeriousA11yViolations(page, 'a filled paper critique');
  await shot(page, 'critique-1280');

  // 720 px: nothing cut off sideways.
  await page.setViewportSize({ width: 720, height: 900 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(720);
  await shot(page, 'critique-720');
  await page.setViewportSize({ width: 1280, height: 860 });

  // Export to markdown.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export markdown' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('sparse-mixtures-of-adapters-for-low-resource-translation-critique.md');
  const markdown = readFileSync(await download.path(), 'utf8');
  expect(markdown).toContain(`# Critique: ${TITLE}\n`);
  expect(markdown).toContain('### Variance: attack');
  expect(markdown).toContain('**Experiment to settle it:** Five seeds per setting, with the spread reported.');
  expect(markdown).toContain('**Call:** Lean accept');
  expect(markdown).toContain('**What would change it:** If the gain falls within seed noise, I would lean reject.');
  await expect(page.getByRole('status').filter({ hasText: 'Saved “sparse-mixtures' })).toBeVisible();

  // A restart keeps every word (the profile's IndexedDB is on disk).
  const url = page.url();
  await context.close();
  context = await launch();
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await expect(page.getByLabel('Authors', { exact: true })).toHaveValue('R. Okafor, L. Marsh et al.');
  await expect(page.locator('#field-summary')).toContainText('two of eight small adapters');
  await expect(page.getByRole('region', { name: 'Variance' }).getByRole('radio', { name: 'Attack' })).toBeChecked();
  await expect(page.getByLabel('Your call', { exact: true })).toHaveValue('weakAccept');

  // The library lists it, and its search finds it by what it says.
  await page.getByRole('link', { name: 'Library' }).click();
  const shelf = page.getByRole('list', { name: 'Paper critiques' });
  await expect(shelf.getByTestId('critique-card')).toContainText('4 of 7 lenses checked · Lean accept · no errors');
  await page.getByRole('searchbox', { name: 'Search stories' }).fill('seed noise');
  await expect(shelf.getByRole('link', { name: TITLE })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search stories' }).fill('quantum');
  await expect(page.getByText('No critique mentions “quantum”.')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search stories' }).fill('');
  await expectNoSeriousA11yViolations(page, 'the library with a paper critique');
  await shot(page, 'library-with-critique');

  // Rehearse the discussion from the critique: the preset is chosen and the cards come from it.
  await shelf.getByRole('link', { name: TITLE }).click();
  await page.getByRole('link', { name: 'Rehearse the discussion' }).click();
  await expect(page.getByRole('radio', { name: /Paper discussion/ })).toBeChecked();
  await expect(page.getByLabel('Story or paper critique')).toHaveValue(url.split('/').at(-1)!);
  await expect(page.getByText('45:00 · Summary 10:00 · Critique 20:00 · Extensions 15:00')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the chooser with a paper critique');
  await page.clock.install({ time: new Date('2026-11-23T09:00:00Z') });
  await page.getByRole('button', { name: 'Open the run screen' }).click();
  await expect(page.getByRole('heading', { name: 'Summary', exact: true })).toBeVisible();
  const bullets = page.locator('.cue-bullets');
  await expect(bullets).toContainText(`${TITLE} (R. Okafor, L. Marsh et al., Findings of EMNLP 2024)`);
  await expect(bullets).toContainText('Claim: Routing to two of eight adapters beats one shared adapter at equal size.');
  await expect(page.locator('.cue-notes')).toContainText('two of eight small adapters');
  await page.keyboard.press('Space');
  await page.clock.fastForward('09:00');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: 'Critique', exact: true })).toBeVisible();
  await expect(bullets).toContainText(
    'Attack, variance: One seed per cell; the gains are about one point. → ask for: Five seeds per setting, with the spread reported.',
  );
  await expect(bullets).toContainText('Strength: Parameter count is held fixed across the comparison.');
  await page.clock.fastForward('18:00');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: 'Extensions', exact: true })).toBeVisible();
  await expect(bullets).toContainText(
    'Verdict: Lean accept. What would change it: If the gain falls within seed noise, I would lean reject.',
  );
  await shot(page, 'critique-run');
  await page.clock.fastForward('10:00');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/session\/[\w-]+$/);
  const sessions = await readTable<{ formatName: string; storyId: string | null; segments: { title: string }[] }>(
    page,
    'sessions',
  );
  expect(sessions).toEqual([
    expect.objectContaining({
      formatName: 'Paper discussion',
      storyId: null,
      segments: [
        expect.objectContaining({ title: 'Summary' }),
        expect.objectContaining({ title: 'Critique' }),
        expect.objectContaining({ title: 'Extensions' }),
      ],
    }),
  ]);
});

test('a critique moved to the trash leaves the library, and Undo brings it back', async ({ app }) => {
  await app.getByRole('button', { name: 'New paper critique' }).click();
  await app.getByRole('dialog').getByLabel('Paper title').fill('A paper to drop');
  await app.getByRole('dialog').getByRole('button', { name: 'Create critique' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'A paper to drop' })).toBeVisible();
  await app.getByRole('link', { name: 'Library' }).click();
  const shelf = app.getByRole('list', { name: 'Paper critiques' });
  await shelf.getByRole('button', { name: 'Rename “A paper to drop”' }).click();
  await app.getByLabel('New title').fill('A paper renamed');
  await app.getByLabel('New title').press('Enter');
  await expect(shelf.getByRole('link', { name: 'A paper renamed' })).toBeVisible();
  await shelf.getByRole('button', { name: 'Delete “A paper renamed”' }).click();
  await expect(app.getByText('“A paper renamed” moved to the trash.')).toBeVisible();
  await expect(app.getByRole('list', { name: 'Paper critiques' })).toHaveCount(0);
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(app.getByRole('list', { name: 'Paper critiques' }).getByRole('link', { name: 'A paper renamed' })).toBeVisible();

  // Deleted again, it waits in the trash, from where it can be restored.
  await app.getByRole('list', { name: 'Paper critiques' }).getByRole('button', { name: 'Delete “A paper renamed”' }).click();
  await app.getByRole('link', { name: 'Trash' }).click();
  const trashed = app.getByRole('list', { name: 'Deleted paper critiques' });
  await expect(trashed.getByTestId('critique-trash-card')).toContainText('A paper renamed');
  await expect(trashed).toContainText('deleted for good in 30 days');
  await expectNoSeriousA11yViolations(app, 'the trash with a paper critique');
  await trashed.getByRole('button', { name: 'Restore “A paper renamed”' }).click();
  await expect(app.getByText('“A paper renamed” is back in the library.')).toBeVisible();
  await expect(app.getByText('The trash is empty.')).toBeVisible();
  await app.getByRole('link', { name: 'Library' }).click();
  await expect(app.getByRole('list', { name: 'Paper critiques' }).getByRole('link', { name: 'A paper renamed' })).toBeVisible();
});

test('a critique can be written by keyboard alone', async ({ app }) => {
  await app.getByRole('button', { name: 'New paper critique' }).focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('dialog').getByLabel('Paper title')).toBeFocused();
  await app.keyboard.type('Keyboard paper');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1, name: 'Keyboard paper' })).toBeVisible();

  // The lens's radio group: arrow keys move the mark, Tab goes on to the finding, then the experiment.
  const variance = app.getByRole('region', { name: 'Variance' });
  await variance.getByRole('radio', { name: 'Not checked yet' }).focus();
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('ArrowRight');
  await expect(variance.getByRole('radio', { name: 'Attack' })).toBeChecked();
  await expect(variance.getByRole('radio', { name: 'Attack' })).toBeFocused();
  await app.keyboard.press('Tab');
  await expect(variance.getByLabel('Finding on variance')).toBeFocused();
  await app.keyboard.type('Three seeds, no spread reported.');
  await app.keyboard.press('Tab');
  await expect(variance.getByLabel('Experiment to settle it (variance)')).toBeFocused();
  await app.keyboard.type('Report the spread over the three seeds.');

  // Ctrl+Z on the radio group undoes the mark; the typed text stays.
  await variance.getByRole('radio', { name: 'Attack' }).focus();
  await app.keyboard.press('Control+z');
  await expect(variance.getByRole('radio', { name: 'Holds up' })).toBeChecked();
  await expect(variance.getByLabel('Finding on variance')).toHaveValue('Three seeds, no spread reported.');

  // The verdict by keyboard; the review's link takes the caret to the missing condition.
  await app.getByLabel('Your call', { exact: true }).focus();
  await app.keyboard.press('ArrowDown');
  const review = app.getByTestId('critique-review');
  const condition = review.locator('[data-rule="critique.verdictWithoutCondition"]').getByRole('link');
  await condition.focus();
  await app.keyboard.press('Enter');
  await expect(app.getByLabel('What would change your call', { exact: true })).toBeFocused();
});
