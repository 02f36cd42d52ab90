import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

const SAMPLE = 'Sample: hybrid drafting for code completion';
const SECTIONS = [
  'Field map',
  'Method families',
  'Falsifiable bets',
  'Contribution',
  'Experiment checklist',
  'Limitations',
  'Talk outline',
];

test('the sample story is there on first launch, stays deleted after a restart, and comes back on request', async ({
  launch,
}) => {
  let context = await launch();
  let page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await expect(page.getByRole('link', { name: SAMPLE })).toBeVisible();
  await expect(page.getByText('Sample', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: `Delete “${SAMPLE}”` }).click();
  await expect(page.getByRole('link', { name: SAMPLE })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Start with the story of one project' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the empty library with the sample link');

  await context.close();
  context = await launch();
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Start with the story of one project' })).toBeVisible();
  await expect(page.getByRole('link', { name: SAMPLE })).toHaveCount(0);

  await page.getByRole('button', { name: 'Open the sample story' }).click();
  await expect(page.getByLabel('Story title')).toHaveValue(SAMPLE);
  await expect(page.getByLabel('Broad field')).toHaveValue('Efficient inference for large language models');
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('link', { name: SAMPLE })).toHaveCount(1);
});

test('every section of the sample story is filled, and its talk fits its budgets', async ({ app }, testInfo) => {
  await app.getByRole('link', { name: SAMPLE }).click();
  await expect(app.getByLabel('Story title')).toHaveValue(SAMPLE);
  for (const [index, section] of SECTIONS.entries()) {
    await app.getByRole('link', { name: new RegExp(`^${section}`) }).click();
    await expect(app.getByRole('heading', { name: section, level: 2 })).toBeVisible();
    await app.screenshot({ path: testInfo.outputPath(`sample-${index + 1}.png`), fullPage: true });
  }
  const totals = app.getByTestId('outline-totals');
  await expect(totals).toContainText('15:00 of 15:00 · matches the talk length');
  await expect(totals).toContainText('11:57 of 15:00 · 3:03 to spare');
  await expect(app.getByTestId('beat-summary').filter({ hasText: 'over' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(app, 'the sample story’s talk outline');
});
