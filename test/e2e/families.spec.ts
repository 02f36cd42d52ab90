import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

const FAMILIES = ['Sparse retrieval', 'Dense retrieval', 'Long-context reading'];
const AXES = ['Quality', 'Sample efficiency', 'Compute efficiency', 'Latency', 'Robustness', 'Deployability'];
/** The score each family gets on each axis, row by row: every value of the scale is used. */
const SCORES = [
  [2, 5, 5, 5, 3, 5],
  [4, 2, 4, 4, 3, 4],
  [5, 1, 1, 1, 4, 2],
];

async function openSection(page: Page, label: string) {
  await page.getByRole('link', { name: new RegExp(`^${label}`) }).click();
  await expect(page.getByRole('heading', { level: 2, name: label })).toBeVisible();
}

test('families rated from the keyboard and two bets are all back after a restart', async ({ launch }, testInfo) => {
  let context = await launch();
  let page = context.pages()[0] ?? (await context.newPage());
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByLabel('Title').fill('Retrieval for long filings');
  await page.getByRole('button', { name: 'Create story' }).click();
  await expect(page.getByLabel('Story title')).toHaveValue('Retrieval for long filings');
  await openSection(page, 'Method families');

  // Three families, added from the keyboard: Enter on the add button focuses the new name.
  for (const name of FAMILIES) {
    await page.getByRole('button', { name: '+ Add family' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Name', { exact: true }).last()).toBeFocused();
    await page.keyboard.type(name);
  }
  await page.getByLabel('Where it fails').first().fill('Paraphrased questions: recall@10 falls to 0.41.');
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByRole('rowheader', { name: 'Long-context reading' })).toBeVisible();

  // Every cell rated with the keyboard only: arrows pick the score, Tab goes to the note, then on.
  await page.getByLabel('Rating of Sparse retrieval on Quality').focus();
  for (const [row, scores] of SCORES.entries()) {
    for (const [column, score] of scores.entries()) {
      await expect(page.getByLabel(`Rating of ${FAMILIES[row]} on ${AXES[column]}`)).toBeFocused();
      for (let i = 0; i < score; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      if (row === 1 && column === 3) await page.keyboard.type('120 ms per query on one GPU');
      await page.keyboard.press('Tab');
    }
  }
  await expect(page.getByText('18 of 18 cells rated')).toBeVisible();
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');
  await page.screenshot({ path: testInfo.outputPath('families.png'), fullPage: true });
  await page
    .getByRole('region', { name: 'Comparison matrix, families by axes' })
    .screenshot({ path: testInfo.outputPath('matrix.png') });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: 'Matrix (18/18 rated)' }).click();
  await expect(page.getByRole('region', { name: 'Comparison matrix, families by axes' })).toBeInViewport();
  await page.screenshot({ path: testInfo.outputPath('families-matrix-view.png') });
  await expectNoSeriousA11yViolations(page, 'the method families section');

  await openSection(page, 'Falsifiable bets');
  await page.getByRole('button', { name: '+ Add bet' }).click();
  await page.keyboard.type('Retrieval over 1M-token contexts beats full reading on cost per correct answer by 2027.');
  await page.getByLabel('Confidence', { exact: true }).fill('70');
  await page.getByLabel('Horizon').fill('2027-06-30');
  await page.getByRole('button', { name: '+ Add bet' }).click();
  await page.keyboard.type('An open model under 10B matches GPT-4 on our set within 2 points.');
  await page.getByLabel('Confidence', { exact: true }).last().fill('150');
  await expect(page.getByRole('alert')).toContainText('Confidence cannot be above 100 %');
  await page.getByLabel('Confidence', { exact: true }).last().fill('40');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByLabel('Status').last().selectOption('refuted');
  await expect(page.getByTestId('calibration')).toContainText('Brier score');
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');
  await page.screenshot({ path: testInfo.outputPath('bets.png'), fullPage: true });
  await expectNoSeriousA11yViolations(page, 'the falsifiable bets section');

  await context.close();
  context = await launch();
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await page.getByRole('link', { name: 'Retrieval for long filings' }).click();
  await openSection(page, 'Method families');
  await expect(page.getByLabel('Name', { exact: true })).toHaveCount(3);
  for (const [row, name] of FAMILIES.entries()) {
    await expect(page.getByLabel('Name', { exact: true }).nth(row)).toHaveValue(name);
    for (const [column, axis] of AXES.entries()) {
      await expect(page.getByLabel(`Rating of ${name} on ${axis}`)).toHaveValue(String(SCORES[row]![column]));
    }
  }
  await expect(page.getByLabel('Note on Dense retrieval on Latency')).toHaveValue('120 ms per query on one GPU');
  await expect(page.getByLabel('Where it fails').first()).toHaveValue('Paraphrased questions: recall@10 falls to 0.41.');

  await openSection(page, 'Falsifiable bets');
  await expect(page.getByLabel('Statement', { exact: true })).toHaveCount(2);
  await expect(page.getByLabel('Statement', { exact: true }).first()).toHaveValue(
    'Retrieval over 1M-token contexts beats full reading on cost per correct answer by 2027.',
  );
  await expect(page.getByLabel('Confidence', { exact: true }).first()).toHaveValue('70');
  await expect(page.getByLabel('Horizon').first()).toHaveValue('2027-06-30');
  await expect(page.getByLabel('Confidence', { exact: true }).last()).toHaveValue('40');
  await expect(page.getByLabel('Status').last()).toHaveValue('refuted');
});

test('the families matrix fits a 1280×800 window without scrolling the page sideways', async ({ app }, testInfo) => {
  await app.setViewportSize({ width: 1280, height: 800 });
  await app.getByRole('button', { name: 'New story', exact: true }).click();
  await app.getByLabel('Title').fill('Matrix width');
  await app.getByRole('button', { name: 'Create story' }).click();
  await openSection(app, 'Method families');
  await app.getByRole('button', { name: '+ Add family' }).click();
  await app.keyboard.type('A family with a rather long name to wrap');
  await expect(app.getByRole('table')).toBeVisible();
  const frame = app.getByRole('region', { name: 'Comparison matrix, families by axes' });
  const sizes = await frame.evaluate((element) => ({
    frame: element.scrollWidth - element.clientWidth,
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));
  expect(sizes).toEqual({ frame: 0, page: 0 });
  await app.evaluate(() => window.scrollTo(0, 0));
  await app.screenshot({ path: testInfo.outputPath('families-first-family.png') });
});
