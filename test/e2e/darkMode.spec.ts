/*
 * The dark colour scheme passes the same accessibility scan as the light one (contrast above
 * all) on the main screens outside the story, whose sections are scanned in
 * storyWorkspace.spec.ts, and the session review, scanned in sessionReview.spec.ts.
 */
import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

test('the library, the rehearsal chooser, the drills, the deck and the preferences read well in the dark at 1280 px', async ({
  app,
}) => {
  await app.emulateMedia({ colorScheme: 'dark' });
  await app.setViewportSize({ width: 1280, height: 900 });
  await expect(app.getByRole('heading', { name: 'Welcome to Viva' })).toBeVisible();
  await expectNoSeriousA11yViolations(app, 'the library with its welcome in the dark');

  await app.goto('/#/rehearse');
  await app.getByRole('radio', { name: /Research-design round/ }).check();
  await expectNoSeriousA11yViolations(app, 'the rehearsal chooser in the dark');

  for (const place of ['drills', 'deck', 'preferences']) {
    await app.goto(`/#/${place}`);
    await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
    await app.waitForLoadState('networkidle');
    await expectNoSeriousA11yViolations(app, `${place} in the dark`);
  }
});
