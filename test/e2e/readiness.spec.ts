import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

const WEAK = 'The statement says “outperforms” with no condition attached.';

async function createStory(page: Page, title: string) {
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Create story' }).click();
  await expect(page.getByLabel('Story title')).toHaveValue(title);
}

async function openReadiness(page: Page) {
  await page.getByRole('link', { name: /^Readiness \d+ open findings?:/ }).click();
  await expect(page.getByRole('heading', { name: 'Readiness review', level: 1 })).toBeVisible();
}

test('a weak claim is found while typing, its link focuses the field, and fixing it clears the finding', async ({ app }) => {
  await createStory(app, 'Readiness');
  await app
    .getByRole('navigation', { name: 'Story sections' })
    .getByRole('link', { name: /Contribution/ })
    .click();
  const statement = app.locator('#field-contribution-statement');
  const badge = app.getByTestId('findings-count');
  await expect(badge).toHaveText(/^\d+$/);
  const before = Number(await badge.textContent());

  await statement.click();
  await app.keyboard.type('Our method outperforms all baselines.', { delay: 10 });
  // The statement is no longer missing (−1), but now makes an unconditional claim (+1) and
  // opens the questions of the team's part and the gap (+1 each) and the altitudes (+4).
  await expect(badge).not.toHaveText(String(before));
  await app.screenshot({ path: 'test-results/readiness-story-header.png' });
  await expectNoSeriousA11yViolations(app, 'the story view with its readiness badge');

  await openReadiness(app);
  const finding = app.getByRole('link', { name: WEAK });
  await expect(finding).toBeVisible();
  await expectNoSeriousA11yViolations(app, 'the readiness view');
  await app.screenshot({ path: 'test-results/readiness-view.png', fullPage: false });

  await finding.click();
  await expect(app).toHaveURL(/#\/story\/[^/]+\/contribution$/);
  await expect(statement).toBeFocused();

  await app.keyboard.press('End');
  await app.keyboard.press('Backspace');
  await app.keyboard.type(' on multi-hop questions under a fixed latency budget.', { delay: 5 });
  await expect(app.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');
  await openReadiness(app);
  await expect(app.getByText('The statement is empty.')).toHaveCount(0);
  await expect(app.getByRole('link', { name: WEAK })).toHaveCount(0);
});

test('a finding dismissed with a reason stays listed as dismissed after a reload', async ({ app }) => {
  await createStory(app, 'Dismissals');
  await openReadiness(app);
  const bets = app.getByRole('region', { name: 'Falsifiable bets' });
  await bets.getByRole('button', { name: 'Dismiss…' }).first().click();
  await bets.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(bets.getByRole('alert')).toContainText('Give a reason');
  await bets.getByLabel('Why does this not apply?').fill('This talk is about one paper, not a forecast.');
  await bets.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(bets.getByText('Nothing open here.')).toBeVisible();
  await expect(bets.getByRole('heading', { name: 'Falsifiable bets' })).toBeFocused();

  await app.reload();
  const reloaded = app.getByRole('region', { name: 'Falsifiable bets' });
  await reloaded.getByText('Dismissed (1)').click();
  await expect(reloaded.getByText('“This talk is about one paper, not a forecast.”')).toBeVisible();
  await expectNoSeriousA11yViolations(app, 'the readiness view with dismissed findings');
  await reloaded.getByRole('button', { name: 'Restore' }).click();
  await expect(reloaded.getByRole('heading', { name: 'Falsifiable bets' })).toBeFocused();
  await expect(reloaded.getByText('No bets yet.')).toBeVisible();
});

test('finding links reach rich-text editors and empty lists too', async ({ app }) => {
  await createStory(app, 'Links to fields');
  await openReadiness(app);
  // A new story's field map has more findings than the section shows at first.
  const fieldMap = app.getByRole('region', { name: 'Field map' });
  await fieldMap.getByRole('button', { name: /^Show \d+ more$/ }).click();
  await fieldMap.getByRole('link', { name: 'The product bridge names no user.' }).click();
  await expect(app.locator('#field-fieldMap-productUser [contenteditable]')).toBeFocused();

  await openReadiness(app);
  await app.getByRole('link', { name: 'No failure mode is named.' }).click();
  await expect(app).toHaveURL(/\/limitations$/);
  await expect(app.locator('#field-limitations-failureModes-add')).toBeFocused();
  await app.keyboard.press('Enter');
  await app.keyboard.type('Completions longer than 40 tokens.');
  await expect(app.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');
  await openReadiness(app);
  await expect(app.getByRole('link', { name: 'No failure mode is named.' })).toHaveCount(0);
  await expect(app.getByRole('link', { name: '“Completions longer than 40 tokens.” has no evidence.' })).toBeVisible();
});
