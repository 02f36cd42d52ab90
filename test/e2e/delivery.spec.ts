/*
 * Delivery analysis end to end: Chromium's fake microphone plays speech made by espeak-ng (with
 * two planted pauses) into a recorded run; the review must analyse it on the machine and say,
 * per segment, how fast the run was spoken, where it paused and how the voice moved.
 */
import type { Page } from '@playwright/test';
import { synthesiseWav, requireSpeechTools } from '../support/synthesiseSpeech';
import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

const SPEECH = `<speak>Retrieval models answer questions over very long documents by first finding the passages that matter and then reading only those passages carefully. <break time="1500ms"/> We trained three families of models on the same data with the same budget and measured how often each one found the right passage. <break time="2500ms"/> The dense retriever wins when latency binds, but the sparse one is more robust when the vocabulary of the question differs from the vocabulary of the document.</speak>`;

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

/** The delivery analyses in the app's IndexedDB. */
async function storedAnalyses(page: Page): Promise<Array<{ sessionId: string; ok: boolean }>> {
  return page.evaluate(
    () =>
      new Promise<Array<{ sessionId: string; ok: boolean }>>((resolve, reject) => {
        const open = indexedDB.open('viva');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const request = open.result.transaction('analyses').objectStore('analyses').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(
              (request.result as Array<{ sessionId: string; result: { ok: boolean } }>).map((a) => ({
                sessionId: a.sessionId,
                ok: a.result.ok,
              })),
            );
          };
          request.onerror = () => reject(new Error(String(request.error)));
        };
      }),
  );
}

/** Replace a session's recording with bytes no decoder can read, and forget its analysis. */
async function corruptRecording(page: Page, sessionId: string): Promise<void> {
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('viva');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const tx = open.result.transaction(['recordings', 'analyses'], 'readwrite');
          const garbage = new Blob([new Uint8Array(4096).map((_, i) => (i * 37) % 251)], { type: 'audio/webm' });
          tx.objectStore('recordings').put({ sessionId: id, blob: garbage, mimeType: 'audio/webm' });
          tx.objectStore('analyses').delete(id);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    sessionId,
  );
}

test('a recorded run is analysed on the machine, and the review says how it was spoken', async ({ launch }) => {
  test.setTimeout(150_000);
  requireSpeechTools();
  const wav = synthesiseWav(SPEECH, 150, [], 48_000);
  const context = await launch({
    args: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-audio-capture=${wav}`],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/#/preferences');
  await page.getByRole('checkbox', { name: 'Record my rehearsals' }).check();

  await page.goto('/#/rehearse');
  await page.getByRole('radio', { name: /Behavioural answer/ }).check();
  await page.getByRole('button', { name: 'Open the run screen' }).click();
  await expect(page.getByText('Press Space (or Start) when you begin speaking.')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('recording-badge')).toHaveText('Recording');
  // Two segments of 16 s each: enough speech in each for a pace.
  await page.waitForTimeout(16_000);
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(16_000);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/session\/[\w-]+$/);
  const sessionId = /#\/session\/([\w-]+)$/.exec(page.url())![1]!;

  const section = page.getByRole('region', { name: 'How you spoke' });
  await expect(section.getByTestId('delivery-summary')).toContainText(/about \d+ words a minute/, { timeout: 30_000 });
  await expect(section.getByText(/estimated from the sound/)).toBeVisible();
  const segments = section.getByTestId('delivery-segments').getByRole('listitem');
  await expect(segments).toHaveCount(2);
  await expect(segments.nth(0)).toHaveText(/^Situation: about \d+ words a minute/);
  await expect(segments.nth(1)).toHaveText(/^Task: about \d+ words a minute/);
  await expect(section.getByRole('table', { name: 'Delivery per segment, estimated from the recording' })).toBeVisible();
  await expect(section.getByRole('img', { name: /Timeline of the run/ }).locator('canvas')).toBeVisible();
  // The planted pauses of 1.5 s and 2.5 s fall inside the 32 s run.
  await section.getByText(/Every pause of a second or more/).click();
  await expect(section.locator('.pause-list li')).not.toHaveCount(0);
  const paces = (await section.locator('.delivery-table tbody td:nth-child(4)').allTextContents()).map(Number);
  // espeak-ng at -s 150 speaks this text at about 159 words a minute; the fake microphone adds Opus and a loop.
  for (const pace of paces) {
    expect(pace).toBeGreaterThan(159 * 0.7);
    expect(pace).toBeLessThan(159 * 1.3);
  }
  await expect.poll(() => storedAnalyses(page)).toEqual([{ sessionId, ok: true }]);
  await expectNoSeriousA11yViolations(page, 'the review with a delivery analysis');
  await shot(page, 'delivery-1280');
  await section.locator('.timing-chart').screenshot({ path: test.info().outputPath('delivery-chart-1280.png') });
  await page.setViewportSize({ width: 720, height: 900 });
  await expect(section.getByTestId('delivery-summary')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(720);
  await shot(page, 'delivery-720');
  await section.locator('.timing-chart').screenshot({ path: test.info().outputPath('delivery-chart-720.png') });
  await page.setViewportSize({ width: 1280, height: 860 });

  // The trend across runs, in History.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History', exact: true }).click();
  await expect(page.getByTestId('delivery-trend')).toContainText(/1 analysed run: about \d+ words a minute/);
  await expectNoSeriousA11yViolations(page, 'the history with a delivery trend');
  await shot(page, 'delivery-history');

  // A recording no decoder can read gets a sentence, not numbers.
  await corruptRecording(page, sessionId);
  await page.goto(`/#/session/${sessionId}`);
  await expect(section.getByTestId('delivery-problem')).toHaveText(/^The recording could not be read/);
  await expect(section.getByTestId('delivery-summary')).toHaveCount(0);

  // Deleting the recording deletes its analysis.
  await page.getByRole('button', { name: 'Delete recording' }).click();
  await expect(page.getByText('This run was not recorded.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'How you spoke' })).toHaveCount(0);
  await expect.poll(() => storedAnalyses(page)).toEqual([]);
});
