/*
 * The acceptance test of the story workspace: one story with every section filled, from the
 * library to a browser restart on the same profile, with an accessibility scan of each screen.
 * A reload right after typing in a line field and a blurred editor is in workspace.spec.ts ('text
 * typed just before a reload is all there after it'); the last test here reloads with the caret
 * still in a rich-text editor.
 */
import type { Page } from '@playwright/test';
import { BUILTIN_CHECKLIST } from '../../shared/content/builtinChecklist';
import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

const TITLE = 'Entity indexes for long filings';
/** A word no other story holds, typed in the field map, for the library search. */
const MARKER = 'quokkaindex';
const EVIDENCE = `I built the ${MARKER} over 40k filings and profiled every lookup.`;
const FAMILIES = ['Sparse retrieval', 'Dense retrieval', 'Long-context reading'];
const AXES = ['Quality', 'Sample efficiency', 'Compute efficiency', 'Latency', 'Robustness', 'Deployability'];
/** The score each family gets on each axis, row by row. */
const SCORES = [
  [1, 4, 5, 5, 2, 5],
  [4, 2, 4, 3, 3, 4],
  [5, 1, 1, 1, 4, 2],
];
const BETS = [
  'Entity indexes beat dense retrieval on multi-hop filings questions by 2027.',
  'A 7B reader with an entity index matches a 70B reader on our set within 2 points.',
];
const STATEMENT = 'We show that indexing entities keeps multi-hop accuracy flat to 1M tokens.';
const NOTES = 'An analyst asks which subsidiary guaranteed the 2019 bond, and the answer sits on page 212.';
const CHECKLIST_TOTAL = BUILTIN_CHECKLIST.length;
const SECTIONS = [
  'Field map',
  'Method families',
  'Falsifiable bets',
  'Contribution',
  'Experiment checklist',
  'Limitations',
  'Talk outline',
];

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Story sections' });
}

function navLink(page: Page, label: string) {
  return nav(page).getByRole('link', { name: new RegExp(`^${label}`) });
}

async function openSection(page: Page, label: string) {
  await navLink(page, label).click();
  await expect(page.getByRole('heading', { level: 2, name: label })).toBeVisible();
}

function card(page: Page, title: string) {
  return page.getByTestId('story-card').filter({ has: page.getByRole('link', { name: title, exact: true }) });
}

function statusGroup(page: Page, item: string) {
  return page.getByRole('group', { name: `Status of ${item}` });
}

function beatTitles(page: Page) {
  return page.getByRole('list', { name: 'Beats' }).locator('.record-toggle .record-title');
}

async function saved(page: Page) {
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');
}

test('a story with every section filled is back exactly after a restart, with completeness, search and a copy', async ({
  launch,
}, testInfo) => {
  test.setTimeout(300_000);
  let context = await launch();
  let page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your stories' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the library');

  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.getByLabel('Title').fill(TITLE);
  await page.getByRole('button', { name: 'Create story' }).click();
  await expect(page.getByLabel('Story title')).toHaveValue(TITLE);
  await expect(navLink(page, 'Field map')).toHaveAccessibleName(/0 of 12 filled/);
  await page.getByRole('link', { name: 'Library', exact: true }).click();
  const meter = card(page, TITLE).getByRole('img');
  await expect(meter).toHaveAccessibleName(/^0% complete\. Field map 0 of 12, /);
  await page.getByRole('link', { name: TITLE, exact: true }).click();

  // Field map: a line field and an evidence item; the count in the navigation follows each one.
  await page.getByLabel('Broad field').fill('Natural language processing');
  await expect(navLink(page, 'Field map')).toHaveAccessibleName(/1 of 12 filled/);
  await expect(navLink(page, 'Field map').locator('.section-nav-count')).toHaveText('1/12');
  await page.getByRole('button', { name: '+ Add evidence item' }).click();
  await page.getByLabel('Kind').selectOption({ index: 1 });
  const kind = await page.getByLabel('Kind').inputValue();
  await page.getByLabel('What you did').fill(EVIDENCE);
  await page.getByLabel('What you learned').fill('Half the misses were pronouns, not missing entities.');
  await expect(navLink(page, 'Field map')).toHaveAccessibleName(/2 of 12 filled/);
  await saved(page);
  await expectNoSeriousA11yViolations(page, 'the field map of a filled story');

  // Method families: three, each rated on every axis from the keyboard alone.
  await openSection(page, 'Method families');
  for (const name of FAMILIES) {
    await page.getByRole('button', { name: '+ Add family' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Name', { exact: true }).last()).toBeFocused();
    await page.keyboard.type(name);
  }
  await page.getByLabel(`Rating of ${FAMILIES[0]} on ${AXES[0]}`).focus();
  for (const [row, scores] of SCORES.entries()) {
    for (const [column, score] of scores.entries()) {
      await expect(page.getByLabel(`Rating of ${FAMILIES[row]} on ${AXES[column]}`)).toBeFocused();
      for (let i = 0; i < score; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      if (row === 2 && column === 0) await page.keyboard.type('Reads all 300 pages: best answers, slowest');
      await page.keyboard.press('Tab');
    }
  }
  await expect(page.getByText('18 of 18 cells rated')).toBeVisible();
  await saved(page);
  await expectNoSeriousA11yViolations(page, 'the method families of a filled story');

  // Falsifiable bets: two.
  await openSection(page, 'Falsifiable bets');
  for (const [index, statement] of BETS.entries()) {
    await page.getByRole('button', { name: '+ Add bet' }).click();
    await page.keyboard.type(statement);
    await page
      .getByLabel('Confidence', { exact: true })
      .nth(index)
      .fill(index === 0 ? '70' : '35');
    await page
      .getByLabel('Horizon')
      .nth(index)
      .fill(index === 0 ? '2027-06-30' : '2026-12-31');
  }
  await saved(page);
  await expectNoSeriousA11yViolations(page, 'the falsifiable bets of a filled story');

  // Contribution.
  await openSection(page, 'Contribution');
  await page.getByLabel('Contribution statement').fill(STATEMENT);
  await page.getByLabel('My part').fill('I designed the entity index and ran all 40 ablations.');
  await saved(page);
  await expectNoSeriousA11yViolations(page, 'the contribution of a filled story');

  // Experiment checklist: three statuses from the keyboard (arrows move within a status group).
  await openSection(page, 'Experiment checklist');
  await expect(navLink(page, 'Experiment checklist')).toHaveAccessibleName(new RegExp(`0 of ${CHECKLIST_TOTAL} filled`));
  await statusGroup(page, 'Strong, current baselines').getByRole('radio', { name: 'Not yet' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Compared with the two strongest 2025 retrievers.');
  await statusGroup(page, 'Several seeds, with variance or confidence intervals').getByRole('radio', { name: 'Not yet' }).focus();
  await page.keyboard.press('ArrowRight');
  await statusGroup(page, 'Significance, effect size and multiple comparisons').getByRole('radio', { name: 'Not yet' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(navLink(page, 'Experiment checklist')).toHaveAccessibleName(new RegExp(`3 of ${CHECKLIST_TOTAL} filled`));
  await saved(page);
  await expectNoSeriousA11yViolations(page, 'the experiment checklist of a filled story');

  // Limitations: a failure mode with its evidence.
  await openSection(page, 'Limitations');
  await page.getByRole('button', { name: '+ Add failure mode' }).click();
  await page.keyboard.type('Questions that hop through a pronoun');
  await page.getByLabel('Evidence').fill('38 % against 71 % overall, on 412 dev questions');
  await saved(page);
  await expectNoSeriousA11yViolations(page, 'the limitations of a filled story');

  // Talk outline: notes in the first beat, then that beat moved below the second with Alt+↓.
  await openSection(page, 'Talk outline');
  await page.locator('[id$="-notes"] [contenteditable]').first().click();
  await page.keyboard.type(NOTES, { delay: 5 });
  await page.getByLabel('Slide title').first().click();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(beatTitles(page).nth(0)).toHaveText('beat 1: Prior work and the gap');
  await expect(beatTitles(page).nth(1)).toHaveText('beat 2: Problem and motivation');
  await expect(page.getByLabel('Slide title').nth(1)).toBeFocused();
  await saved(page);
  await expectNoSeriousA11yViolations(page, 'the talk outline of a filled story');
  await page.screenshot({ path: testInfo.outputPath('outline.png') });

  // The library card counts what was filled, and search finds the story by a word in a section.
  await page.getByRole('link', { name: 'Library', exact: true }).click();
  await expect(meter).toHaveAccessibleName(/Field map 2 of 12, /);
  await expect(meter).toHaveAccessibleName(new RegExp(`Experiment checklist 3 of ${CHECKLIST_TOTAL}, `));
  await expect(meter).not.toHaveAccessibleName(/^0% complete/);
  await page.getByLabel('Search stories').fill(MARKER);
  await expect(page.getByTestId('story-card')).toHaveCount(1);
  await expect(card(page, TITLE)).toContainText(MARKER);
  await page.getByLabel('Search stories').fill('');
  await expect(page.getByTestId('story-card')).toHaveCount(2);

  await context.close();
  context = await launch();
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await page.getByRole('link', { name: TITLE, exact: true }).click();
  await expectStoryBack(page, kind);

  // Duplicate makes a copy that holds the same content.
  await page.getByRole('link', { name: 'Library', exact: true }).click();
  await page.getByRole('button', { name: `Duplicate “${TITLE}”` }).click();
  await page.getByRole('link', { name: `${TITLE} (copy)`, exact: true }).click();
  await expect(page.getByLabel('Story title')).toHaveValue(`${TITLE} (copy)`);
  await expect(page.getByLabel('What you did')).toHaveValue(EVIDENCE);
  await openSection(page, 'Talk outline');
  await expect(beatTitles(page).nth(0)).toHaveText('beat 1: Prior work and the gap');
});

/** Every value typed in the test above, read back section by section. */
async function expectStoryBack(page: Page, kind: string) {
  await expect(page.getByLabel('Broad field')).toHaveValue('Natural language processing');
  await expect(page.getByLabel('Kind')).toHaveValue(kind);
  await expect(page.getByLabel('What you did')).toHaveValue(EVIDENCE);
  await expect(page.getByLabel('What you learned')).toHaveValue('Half the misses were pronouns, not missing entities.');
  await expect(navLink(page, 'Field map').locator('.section-nav-count')).toHaveText('2/12');

  await openSection(page, 'Method families');
  await expect(page.getByLabel('Name', { exact: true })).toHaveCount(3);
  for (const [row, name] of FAMILIES.entries()) {
    await expect(page.getByLabel('Name', { exact: true }).nth(row)).toHaveValue(name);
    for (const [column, axis] of AXES.entries()) {
      await expect(page.getByLabel(`Rating of ${name} on ${axis}`)).toHaveValue(String(SCORES[row]![column]));
    }
  }
  await expect(page.getByLabel(`Note on ${FAMILIES[2]} on ${AXES[0]}`)).toHaveValue('Reads all 300 pages: best answers, slowest');

  await openSection(page, 'Falsifiable bets');
  await expect(page.getByLabel('Statement', { exact: true })).toHaveCount(2);
  for (const [index, statement] of BETS.entries()) {
    await expect(page.getByLabel('Statement', { exact: true }).nth(index)).toHaveValue(statement);
  }
  await expect(page.getByLabel('Confidence', { exact: true }).nth(0)).toHaveValue('70');
  await expect(page.getByLabel('Confidence', { exact: true }).nth(1)).toHaveValue('35');
  await expect(page.getByLabel('Horizon').nth(0)).toHaveValue('2027-06-30');
  await expect(page.getByLabel('Horizon').nth(1)).toHaveValue('2026-12-31');

  await openSection(page, 'Contribution');
  await expect(page.getByLabel('Contribution statement')).toHaveValue(STATEMENT);
  await expect(page.getByLabel('My part')).toHaveValue('I designed the entity index and ran all 40 ablations.');

  await openSection(page, 'Experiment checklist');
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
  await expect(page.getByTestId('open-risks')).toContainText(`3 of ${CHECKLIST_TOTAL} items settled`);

  await openSection(page, 'Limitations');
  await expect(page.getByLabel('Where it breaks')).toHaveValue('Questions that hop through a pronoun');
  await expect(page.getByLabel('Evidence')).toHaveValue('38 % against 71 % overall, on 412 dev questions');

  await openSection(page, 'Talk outline');
  await expect(beatTitles(page).nth(0)).toHaveText('beat 1: Prior work and the gap');
  await expect(beatTitles(page).nth(1)).toHaveText('beat 2: Problem and motivation');
  await expect(page.locator('[id$="-notes"] [contenteditable]').nth(0)).toHaveText('');
  await expect(page.locator('[id$="-notes"] [contenteditable]').nth(1)).toHaveText(NOTES);
}

test('every section of the sample story passes an accessibility scan in dark mode and fits 1280×800', async ({
  app,
}, testInfo) => {
  test.setTimeout(180_000);
  await app.setViewportSize({ width: 1280, height: 800 });
  await app.emulateMedia({ colorScheme: 'dark' });
  await app.getByRole('link', { name: /^Sample: / }).click();
  for (const section of SECTIONS) {
    await openSection(app, section);
    await expect(navLink(app, section)).toHaveAttribute('aria-current', 'page');
    const overflow = await app.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `sideways scrolling on ${section}`).toBe(0);
    await app.screenshot({ path: testInfo.outputPath(`sample-dark-${section}.png`) });
    await expectNoSeriousA11yViolations(app, `${section} of the sample story in dark mode`);
  }
});

// workspace.spec.ts reloads after the prose editor has lost focus (its blur saves at once); here
// the reload comes while the caret is still in the editor, within a second of the last keystroke.
test('prose typed with the caret still in the editor survives a reload at once', async ({ app }) => {
  await app.getByRole('button', { name: 'New story', exact: true }).click();
  await app.getByLabel('Title').fill('Reload in the editor');
  await app.getByRole('button', { name: 'Create story' }).click();
  await openSection(app, 'Talk outline');
  const notes = app.locator('[id$="-notes"] [contenteditable]').nth(2);
  await notes.click();
  await app.keyboard.type(NOTES);
  const lastKeystroke = Date.now();
  await expect(notes).toBeFocused();
  const reloadStarted = Date.now();
  await app.reload();
  expect(reloadStarted - lastKeystroke, 'the reload came within a second of the last keystroke').toBeLessThan(1_000);
  await expect(notes).toHaveText(NOTES);
  await expect(navLink(app, 'Talk outline')).toHaveAccessibleName(/1 of 30 filled/);
});
