import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

function countSessions(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('viva');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const request = open.result.transaction('sessions').objectStore('sessions').count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(new Error(String(request.error)));
        };
      }),
  );
}

async function startAndLeave(page: Page) {
  await page.goto('/#/rehearse');
  await page.getByRole('radio', { name: /Hypothesis pitch/ }).check();
  await page.getByRole('button', { name: 'Open the run screen' }).click();
  await expect(page.getByText('Press Space (or Start) when you begin speaking.')).toBeVisible();
  await page.keyboard.press('Space');
  await page.waitForTimeout(1200);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History', exact: true }).click();
}

test('a run left halfway is kept with an Undo that takes it out of History, also with Ctrl+Z later', async ({
  app: page,
}, testInfo) => {
  await startAndLeave(page);
  const notice = page.getByText(/^The rehearsal you left was saved\. It ran 0:0\d; undo if you did not mean to keep it\.$/);
  await expect(notice).toBeVisible();
  await expect.poll(() => countSessions(page)).toBe(1);
  await expect(page.getByRole('region', { name: 'Hypothesis pitch' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('left-run-1280.png') });
  await page.setViewportSize({ width: 720, height: 860 });
  await page.screenshot({ path: testInfo.outputPath('left-run-720.png') });
  // Before the scan: an information notice fades after a few seconds.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => countSessions(page)).toBe(0);
  await expect(page.getByRole('heading', { name: 'No rehearsals yet' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the history after the kept run was undone');

  // Left again; the notice dismissed; Ctrl+Z still takes the run out, and Ctrl+Shift+Z puts it back.
  await startAndLeave(page);
  await expect(notice).toBeVisible();
  await expect.poll(() => countSessions(page)).toBe(1);
  const dismiss = page.getByRole('button', { name: 'Dismiss message' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
  await page.keyboard.press('Control+z');
  await expect.poll(() => countSessions(page)).toBe(0);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => countSessions(page)).toBe(1);
  await expect(page.getByRole('region', { name: 'Hypothesis pitch' })).toBeVisible();
});
