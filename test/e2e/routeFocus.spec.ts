import { expect, test } from './fixtures';

test('following a top-bar link or opening a story puts focus on the new place, announced by its heading', async ({ app }) => {
  await app.getByRole('link', { name: 'Drills' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Drills' })).toBeFocused();

  await app.getByRole('link', { name: 'Library' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Your stories' })).toBeFocused();
  // Tab goes on from the heading into the page, not back to the top bar.
  await app.keyboard.press('Tab');
  await expect(app.locator('header.top-bar :focus')).toHaveCount(0);

  // Opening a story from its card: the card goes away, and focus lands on the section shown.
  await app.getByTestId('story-card').first().getByRole('link').first().click();
  await expect(app.locator('#main h2').first()).toBeFocused();
  // Moving between sections keeps focus on the section list, where the user is.
  const bets = app.getByRole('link', { name: /Falsifiable bets/ });
  await bets.focus();
  await bets.press('Enter');
  await expect(bets).toBeFocused();
});
