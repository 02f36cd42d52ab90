import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

test('a research-vision round is rehearsed from the story’s field map and bets', async ({ app }) => {
  await app.setViewportSize({ width: 720, height: 900 });
  await app.goto('/#/rehearse');
  const vision = app.getByRole('radio', { name: /Research vision/ });
  await expect(
    app.getByText('35:00 · How you choose problems 8:00 · Where the field is going 10:00 · Your bets 12:00 · Your agenda 5:00'),
  ).toBeVisible();
  await vision.check();
  await app.getByRole('button', { name: 'Open the run screen' }).click();

  const card = app.getByRole('region', { name: 'How you choose problems' });
  await expect(card.locator('.cue-bullets li').first()).toHaveText(/^The task you chose: /);
  await expect(card).toContainText('A problem you turned down, and what it lacked');
  await expectNoSeriousA11yViolations(app, 'the research-vision run screen');

  await app.keyboard.press('Space');
  await app.keyboard.press('ArrowRight');
  const field = app.getByRole('region', { name: 'Where the field is going' });
  await expect(field).toContainText(
    'Where you stand: Efficient inference for large language models → Lossless speculative decoding for on-device code completion at batch size 1',
  );
  await expect(field).toContainText('The families you compare:');
  await app.keyboard.press('ArrowRight');
  const bets = app.getByRole('region', { name: 'Your bets' });
  await expect(bets.locator('.cue-bullets li').first()).toHaveText(/^Bet.*: /);
  await app.screenshot({ path: '/tmp/shots-rounds/vision-bets-720.png', fullPage: true });
  await app.keyboard.press('ArrowRight');
  await expect(app.getByRole('region', { name: 'Your agenda' })).toContainText('The first project you would start here');
  await app.keyboard.press('Escape');
  await expect(app).toHaveURL(/#\/session\/[\w-]+$/);
  await expect(app.getByRole('heading', { name: 'Research vision', level: 1 })).toBeVisible();
  // Only the research-design round is scored on its rubric.
  await expect(app.getByRole('heading', { name: 'Score yourself on the rubric' })).toBeHidden();
});
