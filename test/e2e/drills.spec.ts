import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

test('three questions rated in a drill stay scheduled after the browser restarts', async ({ launch }) => {
  let context = await launch();
  let page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  const dueToday = page.getByTestId('due-today');
  // A new install has drilled nothing, so nothing is "due" yet: no count nags from the library.
  await expect(page.getByRole('heading', { name: 'Welcome to Viva' })).toBeVisible();
  await expect(dueToday).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Drills' }).click();
  await expect(page.getByRole('heading', { name: 'Drills', level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the drills view');

  const question = page.locator('.drill-question');
  const asked: string[] = [];
  // The first answer by mouse, the second by its key, the third by mouse again.
  asked.push((await question.textContent()) ?? '');
  await page.getByRole('button', { name: /^Nailed it/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as “Nailed it”' })).toBeVisible();
  await expect(question).not.toHaveText(asked[0]!);
  // Focus moves to the next question, so the keyboard carries on from there.
  await expect(question).toBeFocused();
  asked.push((await question.textContent()) ?? '');
  await page.keyboard.press('2');
  await expect(page.getByRole('status').filter({ hasText: 'Saved as “Shaky”' })).toBeVisible();
  await expect(question).not.toHaveText(asked[1]!);
  asked.push((await question.textContent()) ?? '');
  await page.getByRole('button', { name: /^Missed/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as “Missed”' })).toBeVisible();
  await expect(question).not.toHaveText(asked[2]!);
  expect(new Set(asked).size).toBe(3);

  // Notes on the question now showing are kept with it.
  const fourth = (await question.textContent()) ?? '';
  await page.getByLabel('Answer notes').fill('Name the compute-matched baseline first, then the seeds.');
  await page.getByLabel('Answer notes').blur();
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(dueToday).toContainText('7 questions due today');

  await context.close();
  context = await launch();
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await expect(page.getByTestId('due-today')).toContainText('7 questions due today');
  await expect(page.getByTestId('due-today')).toContainText('3 more later today');
  await page.screenshot({ path: 'test-results/library-due-today.png' });
  await page.getByTestId('due-today').click();
  await expect(page.locator('.drill-question')).toHaveText(fourth);
  await expect(page.getByLabel('Answer notes')).toHaveValue('Name the compute-matched baseline first, then the seeds.');
  for (const text of asked) await expect(page.locator('.drill-question')).not.toHaveText(text);
});

test('a timed answer shows a two-minute countdown and records its time', async ({ app }) => {
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Drills' }).click();
  await app.getByLabel('Time my answers').check();
  await expect(app.getByLabel('Time per answer')).toHaveValue('2');
  const timer = app.getByRole('timer');
  await expect(timer).toHaveText(/^(2:00|1:5\d)$/);
  await expect(timer).toHaveText(/^1:5\d$/);
  await expectNoSeriousA11yViolations(app, 'the drills view with a timed answer');
  await app.screenshot({ path: 'test-results/drills-view.png' });
  await app.getByRole('button', { name: /^Shaky/ }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Saved as “Shaky”' })).toBeVisible();
  // The next question starts a fresh clock.
  await expect(timer).toHaveText(/^(2:00|1:5\d)$/);
});

test('once today’s questions are done, the user can take more new ones', async ({ app }) => {
  await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Drills' }).click();
  const question = app.locator('.drill-question');
  for (let i = 0; i < 10; i++) {
    const text = (await question.textContent()) ?? '';
    await app.keyboard.press('1');
    if (i < 9) await expect(question).not.toHaveText(text);
  }
  await expect(app.getByRole('heading', { name: 'Nothing due right now' })).toBeFocused();
  await expect(app.getByText(/The next question comes due in \d+ minutes?\./)).toBeVisible();
  await expectNoSeriousA11yViolations(app, 'the drills view with nothing due');
  await app.screenshot({ path: 'test-results/drills-done.png' });
  await app.getByRole('button', { name: 'Take 5 more new questions today' }).click();
  await expect(question).toBeVisible();
  await expect(app.getByText(/^5 due now \(5 new\)/)).toBeVisible();
});
