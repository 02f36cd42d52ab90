import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

test('a STAR story written under Contribution is chosen for a behavioural run and fills its cue cards', async ({ app }) => {
  await app.setViewportSize({ width: 720, height: 900 });
  await app.getByRole('button', { name: 'New story', exact: true }).click();
  await app.getByLabel('Title').fill('Entity indexes for long filings');
  await app.getByRole('button', { name: 'Create story' }).click();
  await expect(app.getByLabel('Story title')).toHaveValue('Entity indexes for long filings');
  // At 720 px the sections fold behind their toggle.
  await app.getByRole('button', { name: /^Sections/ }).click();
  await app
    .getByRole('navigation', { name: 'Story sections' })
    .getByRole('link', { name: /^Contribution/ })
    .click();

  await app.getByRole('button', { name: '+ Add STAR story' }).click();
  const name = app.getByLabel('Name', { exact: true });
  await expect(name).toBeFocused();
  await name.fill('The benchmark that leaked');
  await app.getByLabel('Situation').fill('Three weeks before the deadline our gain vanished on a fresh split.');
  await app.getByLabel('Task').fill('I owned the evaluation the claim rested on.');
  await app.getByLabel('Action').fill('I traced it to duplicated test questions, removed them and told my advisor that day.');
  await app.getByLabel('Result').fill('It went well.');
  await expect(app.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');
  await expectNoSeriousA11yViolations(app, 'the contribution section with a STAR story');
  await app.screenshot({ path: '/tmp/shots-rounds/star-bank-720.png', fullPage: true });

  await app.getByRole('link', { name: 'Rehearse', exact: true }).click();
  await app.getByRole('radio', { name: /Behavioural answer/ }).check();
  const pick = app.getByLabel('STAR story to tell');
  await expect(pick).toHaveValue(/.+/);
  await expect(pick.locator('option')).toHaveText(['The benchmark that leaked']);
  await expectNoSeriousA11yViolations(app, 'the chooser offering a STAR story');
  await app.getByRole('button', { name: 'Open the run screen' }).click();

  const situation = app.getByRole('region', { name: 'Situation' });
  await expect(situation.locator('.cue-bullets li').first()).toHaveText('Telling: The benchmark that leaked');
  await expect(situation).toContainText('Your situation: Three weeks before the deadline');
  await expectNoSeriousA11yViolations(app, 'the behavioural run screen');
  await app.keyboard.press('Space');
  await app.keyboard.press('ArrowRight');
  await expect(app.getByRole('region', { name: 'Task' })).toContainText('Your task: I owned the evaluation');
  await app.keyboard.press('ArrowRight');
  await expect(app.getByRole('region', { name: 'Action' })).toContainText('Your action: I traced it');
  await app.keyboard.press('ArrowRight');
  const result = app.getByRole('region', { name: 'Result' });
  await expect(result).toContainText('Your result: It went well.');
  // The result has no number, and the card says so.
  await expect(result).toContainText('Find the number: what changed, by how much, against what');
  await app.screenshot({ path: '/tmp/shots-rounds/star-result-720.png', fullPage: true });
  await app.keyboard.press('Escape');
  await expect(app).toHaveURL(/#\/session\/[\w-]+$/);
  await expect(app.getByRole('heading', { name: 'Behavioural answer (STAR)', level: 1 })).toBeVisible();
});
