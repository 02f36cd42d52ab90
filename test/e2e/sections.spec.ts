import type { Page } from '@playwright/test';
import { BUILTIN_CHECKLIST } from '../../shared/content/builtinChecklist';
import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

const TOTAL = BUILTIN_CHECKLIST.length;

async function openSection(page: Page, name: RegExp) {
  await page.getByRole('navigation', { name: 'Story sections' }).getByRole('link', { name }).click();
}

async function typeProse(page: Page, fieldId: string, text: string) {
  await page.locator(`#${fieldId} [contenteditable]`).click();
  await page.keyboard.type(text);
}

const statusGroup = (page: Page, title: string) => page.getByRole('group', { name: `Status of ${title}` });

test('the contribution, checklist and limitations are all back after a browser restart', async ({ launch }, testInfo) => {
  let context = await launch();
  let page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByLabel('Title').fill('Entity indexes for long filings');
  await page.getByRole('button', { name: 'Create story' }).click();
  await expect(page.getByLabel('Story title')).toHaveValue('Entity indexes for long filings');

  // Contribution.
  await openSection(page, /^Contribution/);
  await page
    .getByLabel('Contribution statement')
    .fill('We show that indexing entities keeps multi-hop accuracy flat to 1M tokens.');
  await expect(page.getByTestId('statement-count')).toHaveText('12 words · 1 sentence');
  await page.getByLabel('My part').fill('I designed the entity index and ran all 40 ablations.');
  await page.getByLabel('The team’s part').fill('A co-author built the evaluation harness.');
  await page.getByLabel('The main idea, in one line').fill('Index entities, not passages.');
  await typeProse(page, 'field-contribution-altitudes-intuition-text', 'Keep an index of who appears where, and follow it.');
  await page.getByLabel('Why explain it this way').fill('It predicts the failures: questions that name no entity.');
  await expectNoSeriousA11yViolations(page, 'the contribution section');
  await page.screenshot({ path: testInfo.outputPath('contribution.png'), fullPage: true });

  // Checklist: statuses from the keyboard alone (arrow keys within each named radio group).
  await openSection(page, /^Experiment checklist/);
  await expect(page.getByTestId('open-risks')).toContainText(`${TOTAL} open risks`);
  await statusGroup(page, 'Strong, current baselines').getByRole('radio', { name: 'Not yet' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Compared with the two strongest 2025 retrievers.');
  await statusGroup(page, 'Several seeds, with variance or confidence intervals').getByRole('radio', { name: 'Not yet' }).focus();
  await page.keyboard.press('ArrowRight');
  await statusGroup(page, 'Significance, effect size and multiple comparisons').getByRole('radio', { name: 'Not yet' }).focus();
  await page.keyboard.press('ArrowLeft'); // wraps round to the last choice
  await expect(page.getByTestId('open-risks')).toContainText(`${TOTAL - 3} open risks · 3 of ${TOTAL} items settled`);
  await page.getByRole('button', { name: '+ Add checklist item' }).click();
  await page.keyboard.type('Latency measured on the target laptop');
  await expectNoSeriousA11yViolations(page, 'the experiment checklist');
  await page.screenshot({ path: testInfo.outputPath('checklist.png'), fullPage: true });

  // Limitations.
  await openSection(page, /^Limitations/);
  await page.getByRole('button', { name: '+ Add failure mode' }).click();
  await page.keyboard.type('Questions that hop through a pronoun');
  await page.getByLabel('Evidence').fill('38 % against 71 % overall, on 412 dev questions');
  await page.getByLabel('The most informative experiment not yet run').fill('Rerun at 60 % tagger recall.');
  await page.getByLabel('Expected outcome').fill('A slide to about 60 %.');
  await typeProse(page, 'field-limitations-measured', 'Accuracy is 9.1 points above dense retrieval at 500k tokens.');
  await page.getByLabel('What to watch online').fill('Share of answers with no entity path; alert above 8 %.');
  await expectNoSeriousA11yViolations(page, 'the limitations section');
  await page.screenshot({ path: testInfo.outputPath('limitations.png'), fullPage: true });

  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');
  const storyUrl = page.url();
  await context.close();
  context = await launch();
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(storyUrl.replace(/limitations$/, 'contribution'));

  await expect(page.getByLabel('Contribution statement')).toHaveValue(
    'We show that indexing entities keeps multi-hop accuracy flat to 1M tokens.',
  );
  await expect(page.getByLabel('My part')).toHaveValue('I designed the entity index and ran all 40 ablations.');
  await expect(page.getByLabel('The team’s part')).toHaveValue('A co-author built the evaluation harness.');
  await expect(page.getByLabel('The main idea, in one line')).toHaveValue('Index entities, not passages.');
  await expect(page.locator('#field-contribution-altitudes-intuition-text [contenteditable]')).toHaveText(
    'Keep an index of who appears where, and follow it.',
  );
  await expect(page.getByLabel('Why explain it this way')).toHaveValue(
    'It predicts the failures: questions that name no entity.',
  );

  await openSection(page, /^Experiment checklist/);
  await expect(statusGroup(page, 'Strong, current baselines').getByRole('radio', { name: 'Addressed' })).toBeChecked();
  await expect(page.getByLabel('Evidence for Strong, current baselines')).toHaveValue(
    'Compared with the two strongest 2025 retrievers.',
  );
  await expect(
    statusGroup(page, 'Several seeds, with variance or confidence intervals').getByRole('radio', { name: 'Partly' }),
  ).toBeChecked();
  await expect(
    statusGroup(page, 'Significance, effect size and multiple comparisons').getByRole('radio', { name: 'Not applicable' }),
  ).toBeChecked();
  await expect(statusGroup(page, 'Latency measured on the target laptop').getByRole('radio', { name: 'Not yet' })).toBeChecked();
  await expect(page.getByTestId('open-risks')).toContainText(`${TOTAL - 2} open risks · 3 of ${TOTAL + 1} items settled`);

  await openSection(page, /^Limitations/);
  await expect(page.getByLabel('Where it breaks')).toHaveValue('Questions that hop through a pronoun');
  await expect(page.getByLabel('Evidence')).toHaveValue('38 % against 71 % overall, on 412 dev questions');
  await expect(page.getByLabel('The most informative experiment not yet run')).toHaveValue('Rerun at 60 % tagger recall.');
  await expect(page.getByLabel('Expected outcome')).toHaveValue('A slide to about 60 %.');
  await expect(page.locator('#field-limitations-measured [contenteditable]')).toHaveText(
    'Accuracy is 9.1 points above dense retrieval at 500k tokens.',
  );
  await expect(page.getByLabel('What to watch online')).toHaveValue('Share of answers with no entity path; alert above 8 %.');
});
