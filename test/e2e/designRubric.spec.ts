import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

/** Run the research-design round through, on a paused clock, and land on its review. */
async function runDesignRound(page: Page, at: string): Promise<void> {
  await page.goto('/#/rehearse');
  await page.getByRole('radio', { name: /Research-design round/ }).check();
  await page.clock.pauseAt(new Date(at));
  await page.getByRole('button', { name: 'Open the run screen' }).click();
  await expect(page.getByRole('heading', { name: 'Framing' })).toBeVisible();
  // The framing asks for the hypothesis and its measurable prediction before anything else.
  const cues = page.locator('.cue-bullets li');
  await expect(cues.first()).toContainText('First, the hypothesis');
  await expect(cues.nth(1)).toContainText('measurable prediction');
  await page.keyboard.press('Space');
  await page.clock.fastForward('14:00');
  await page.keyboard.press('ArrowRight');
  await page.clock.fastForward('19:00');
  await page.keyboard.press('ArrowRight');
  await page.clock.fastForward('09:00');
  await page.keyboard.press('Escape');
  await page.clock.resume();
  await expect(page).toHaveURL(/#\/session\/[\w-]+$/);
}

async function score(page: Page, scores: Record<string, number>): Promise<void> {
  for (const [criterion, value] of Object.entries(scores)) {
    await page
      .getByRole('group', { name: new RegExp(criterion) })
      .getByRole('radio', { name: String(value) })
      .check();
  }
}

test('a research-design run is scored on the weighted rubric, and History shows the score move', async ({ app }) => {
  await app.setViewportSize({ width: 720, height: 900 });
  await app.clock.install({ time: new Date('2026-11-23T09:00:00Z') });
  await runDesignRound(app, '2026-11-23T09:05:00Z');
  const total = app.getByTestId('rubric-total');
  await expect(app.getByRole('heading', { name: 'Score yourself on the rubric' })).toBeVisible();
  await expect(app.getByRole('group', { name: /Hypothesis definition 30 %/ })).toBeVisible();
  await expect(app.getByRole('group', { name: /Communication clarity 10 %/ })).toBeVisible();
  await score(app, { 'Hypothesis definition': 2, 'Experimental design': 3 });
  await expect(total).toHaveText('Score all five criteria for the weighted grade (3 left).');
  await score(app, { Scalability: 3, 'Risk assessment': 4, 'Communication clarity': 5 });
  // 0.3·2 + 0.25·3 + 0.2·3 + 0.15·4 + 0.1·5 = 3.05, shown to one decimal.
  await expect(total).toHaveText(/^Weighted score: 3\.1 of 5\. The most grade is lost on hypothesis definition\.$/);
  await expectNoSeriousA11yViolations(app, 'the review with the rubric');
  await app.screenshot({ path: '/tmp/shots-rounds/design-rubric-720.png', fullPage: true });

  // The scores are kept: a reload shows them.
  await app.reload();
  await expect(app.getByRole('group', { name: /Risk assessment/ }).getByRole('radio', { name: '4' })).toBeChecked();

  await runDesignRound(app, '2026-11-24T09:05:00Z');
  await score(app, {
    'Hypothesis definition': 4,
    'Experimental design': 4,
    Scalability: 3,
    'Risk assessment': 4,
    'Communication clarity': 5,
  });
  await expect(total).toHaveText(/^Weighted score: 3\.9 of 5\./);

  await app.getByRole('link', { name: 'History' }).click();
  const card = app.getByRole('region', { name: 'Research-design round' });
  await expect(card.getByTestId('rubric-trend')).toHaveText('Rubric: 2 scored runs, from 3.1 of 5 to 3.9 of 5 (up).');
  await expect(card.getByRole('columnheader', { name: 'Rubric' })).toBeVisible();
  await expect(card.getByRole('row').nth(1)).toContainText('3.9');
  await expectNoSeriousA11yViolations(app, 'History with rubric scores');
  await app.screenshot({ path: '/tmp/shots-rounds/design-history-720.png', fullPage: true });
});
