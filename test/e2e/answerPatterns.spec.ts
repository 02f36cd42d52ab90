import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

for (const width of [720, 1280]) {
  test(`after rating a drill at ${width} px, the pattern of a strong answer to that question can be read`, async ({ app }) => {
    await app.setViewportSize({ width, height: 900 });
    await app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Drills' }).click();
    const question = app.locator('.drill-question');
    const asked = (await question.textContent()) ?? '';
    // Nothing to peek at before answering.
    await expect(app.getByRole('region', { name: /How a strong answer/ })).toHaveCount(0);
    await app.getByRole('button', { name: /^Shaky/ }).click();
    const pattern = app.getByRole('region', { name: 'How a strong answer to the last question is built' });
    await expect(pattern).toContainText(asked);
    await pattern.getByText('How a strong answer to it is built').click();
    await expect(pattern).toContainText('Concede what is true.');
    await expect(pattern).toContainText('Bound the claim.');
    await expect(pattern).toContainText('Propose what would settle it.');
    await expectNoSeriousA11yViolations(app, 'drills with an answer pattern open');
    await app.screenshot({ path: `/tmp/shots-rounds/drill-pattern-${width}.png`, fullPage: true });
  });
}
