import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

/** Open the run screen for a preset format, then hold time still at `pauseAt` until the test moves it. */
async function openRun(page: Page, format: RegExp, pauseAt: string): Promise<void> {
  await page.clock.resume();
  await page.goto('/#/rehearse');
  await page.getByRole('radio', { name: format }).check();
  await page.clock.pauseAt(new Date(`2026-11-23T${pauseAt}Z`));
  await page.getByRole('button', { name: 'Open the run screen' }).click();
  await expect(page.getByRole('button', { name: /Start/ })).toBeVisible();
}

/** Run the 30-second hypothesis pitch for `seconds` and land on its review. */
async function runPitch(page: Page, seconds: number, pauseAt: string): Promise<void> {
  await openRun(page, /Hypothesis pitch/, pauseAt);
  await page.keyboard.press('Space');
  await page.clock.fastForward(seconds * 1000);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/session\/[\w-]+$/);
  await page.clock.resume();
}

test('a run is reviewed, compared in the history, and its note survives a restart', async ({ launch }) => {
  let context = await launch();
  let page = context.pages()[0] ?? (await context.newPage());
  await page.clock.install({ time: new Date('2026-11-23T09:00:00Z') });

  // A research-design round: framing runs over, a challenge is thrown and rated.
  await openRun(page, /Research-design round/, '09:01:00');
  await page.keyboard.press('Space');
  await page.clock.fastForward('16:40');
  await page.keyboard.press('c');
  await page.clock.fastForward('00:45');
  await page.keyboard.press('3');
  await page.keyboard.press('ArrowRight');
  await page.clock.fastForward('18:00');
  await page.keyboard.press('ArrowRight');
  await page.clock.fastForward('09:00');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/session\/[\w-]+$/);
  const reviewUrl = page.url();
  // React's suspense throttle runs on timers, so let time flow again for the lazy review.
  await page.clock.resume();

  await expect(page.getByRole('heading', { level: 1, name: 'Research-design round' })).toBeVisible();
  await expect(page.getByTestId('overrun-summary')).toHaveText(
    'The run took 44:25 against a plan of 45:00: 0:35 to spare. One segment of 3 ran over: Framing by 2:25.',
  );
  const table = page.getByRole('table', { name: 'Planned and actual time per segment' });
  await expect(table.getByRole('row', { name: /Framing/ })).toContainText('Over by 2:25');
  await expect(table.getByRole('row', { name: /Solution sketch/ })).toContainText('Within budget');
  await expect(
    page.getByRole('img', { name: /Chart of planned against actual time per segment/ }).locator('canvas'),
  ).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Missed' })).toContainText('Answered in 0:45');
  await expectNoSeriousA11yViolations(page, 'the session review');
  await shot(page, 'review');

  await page.getByLabel('What to fix next time').fill('Cut framing to two questions; state the metric before the baseline.');
  await page.getByLabel('What to fix next time').blur();
  await expect(page.getByTestId('note-status')).toHaveText('Saved');

  // Two pitches, one over and one under, make a trend.
  await runPitch(page, 41, '10:00:00');
  await runPitch(page, 28, '11:00:00');

  await page.getByRole('link', { name: 'History', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rehearsal history' })).toBeVisible();
  const pitch = page.getByRole('region', { name: 'Hypothesis pitch' });
  await expect(pitch.getByText('2 runs: the first took 0:41 with 1 overrun, the latest 0:28 with 0 overruns.')).toBeVisible();
  await expect(pitch.getByRole('img', { name: /Trend of total time and overruns/ }).locator('canvas')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Research-design round' }).getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'Research-design round' })).toContainText('Cut framing to two questions');
  await expectNoSeriousA11yViolations(page, 'the rehearsal history');
  await shot(page, 'history');

  await context.close();
  context = await launch();
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/#/history');
  await page.getByRole('region', { name: 'Research-design round' }).getByRole('link').click();
  await expect(page).toHaveURL(reviewUrl);
  await expect(page.getByLabel('What to fix next time')).toHaveValue(
    'Cut framing to two questions; state the metric before the baseline.',
  );
});

test('the review reads well in the dark theme', async ({ launch }) => {
  const context = await launch();
  const page = context.pages()[0] ?? (await context.newPage());
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.clock.install({ time: new Date('2026-11-23T09:00:00Z') });
  await openRun(page, /Behavioural answer/, '09:01:00');
  await page.keyboard.press('Space');
  for (const seconds of [25, 40, 70, 30]) {
    await page.clock.fastForward(seconds * 1000);
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Escape');
  await page.clock.resume();
  await expect(page.getByRole('table', { name: 'Planned and actual time per segment' })).toBeVisible();
  await expect(page.locator('.uplot-host canvas')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the session review in the dark theme');
  await shot(page, 'review-dark');
});

const FAKE_MICROPHONE = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];

async function turnOnRecording(page: Page): Promise<void> {
  await page.goto('/#/preferences');
  await page.getByRole('checkbox', { name: 'Record my rehearsals' }).check();
  await expect(page.getByRole('checkbox', { name: 'Record my rehearsals' })).toBeChecked();
}

async function countRecordings(page: Page): Promise<Array<{ size: number; type: string }>> {
  return page.evaluate(
    () =>
      new Promise<Array<{ size: number; type: string }>>((resolve, reject) => {
        const open = indexedDB.open('viva');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const request = open.result.transaction('recordings').objectStore('recordings').getAll();
          request.onsuccess = () => {
            open.result.close();
            const records = request.result as Array<{ blob: Blob }>;
            resolve(records.map((r) => ({ size: r.blob.size, type: r.blob.type })));
          };
          request.onerror = () => reject(new Error(String(request.error)));
        };
      }),
  );
}

test('a run is recorded from the microphone, played back from a segment marker, and deleted', async ({ launch }) => {
  const context = await launch({ args: FAKE_MICROPHONE });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await turnOnRecording(page);
  await expectNoSeriousA11yViolations(page, 'the preferences with recording on');
  await shot(page, 'preferences');

  await page.goto('/#/rehearse');
  await page.getByRole('radio', { name: /Behavioural answer/ }).check();
  await page.getByRole('button', { name: 'Open the run screen' }).click();
  // Space starts the run only once the run screen is there (it opens after the chooser settles).
  await expect(page.getByText('Press Space (or Start) when you begin speaking.')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('recording-badge')).toHaveText('Recording');
  await shot(page, 'run-recording');
  await page.waitForTimeout(1500);
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(1500);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/session\/[\w-]+$/);

  const recordings = await countRecordings(page);
  expect(recordings).toHaveLength(1);
  expect(recordings[0]?.size).toBeGreaterThan(1000);
  expect(recordings[0]?.type).toMatch(/^audio\//);

  const markers = page.getByRole('list', { name: 'Segment markers' });
  await expect(markers.getByRole('button')).toHaveText([/^Situation 0:00$/, /^Task 0:0[12]$/]);
  const audio = page.getByLabel('Recording of this run');
  // The stored WebM has no duration of its own; the player works it out.
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.duration)).toBeGreaterThan(2);
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.duration)).toBeLessThan(10);

  await markers.getByRole('button', { name: /^Task/ }).click();
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => !el.paused)).toBe(true);
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.currentTime)).toBeGreaterThan(1.4);
  await expectNoSeriousA11yViolations(page, 'the review with a recording');
  await shot(page, 'review-recording');

  await page.getByRole('button', { name: 'Delete recording' }).click();
  await expect(page.getByText('This run was not recorded.')).toBeVisible();
  await expect.poll(() => countRecordings(page)).toEqual([]);
});

test('a refused microphone is named as such and the run goes on unrecorded', async ({ launch }) => {
  const context = await launch({ args: ['--use-fake-device-for-media-stream', '--deny-permission-prompts'] });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await turnOnRecording(page);
  await page.goto('/#/rehearse');
  await page.getByRole('radio', { name: /Hypothesis pitch/ }).check();
  await page.getByRole('button', { name: 'Open the run screen' }).click();
  // Space starts the run only once the run screen is there (it opens after the chooser settles).
  await expect(page.getByText('Press Space (or Start) when you begin speaking.')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByText(/^Viva was not allowed to use the microphone/)).toBeVisible();
  await expect(page.getByTestId('recording-badge')).toHaveText('Not recording');
  await expectNoSeriousA11yViolations(page, 'the run screen without a microphone');
  await shot(page, 'run-denied');
  await page.keyboard.press('Escape');
  await expect(page.getByText('This run was not recorded.')).toBeVisible();
  expect(await countRecordings(page)).toEqual([]);
});

test('the pace measured in a talk run becomes the pace the outline estimates use', async ({ launch }) => {
  const context = await launch();
  const page = context.pages()[0] ?? (await context.newPage());
  await page.clock.install({ time: new Date('2026-11-23T09:00:00Z') });
  await page.goto('/');
  // The sample story's talk outline, each beat given 67 seconds.
  await openRun(page, /Research presentation/, '09:01:00');
  const beats = Number(/of (\d+)/.exec((await page.locator('.run-subtitle').textContent()) ?? '')?.[1]);
  expect(beats).toBeGreaterThan(1);
  await page.keyboard.press('Space');
  for (let beat = 1; beat <= beats; beat++) {
    await page.clock.fastForward(67_000);
    await page.keyboard.press(beat < beats ? 'ArrowRight' : 'Escape');
  }
  await expect(page).toHaveURL(/#\/session\/[\w-]+$/);
  await page.clock.resume();

  const words = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('viva');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const request = open.result.transaction('sessions').objectStore('sessions').getAll();
          request.onsuccess = () => resolve((request.result as Array<{ outlineWords: number }>)[0]?.outlineWords ?? 0);
        };
      }),
  );
  const seconds = 67 * beats;
  const pace = Math.round(words / (seconds / 60));
  expect(pace).toBeGreaterThan(60);
  const spoken = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  await expect(page.getByText(`You spoke the outline's ${words} words in ${spoken}`)).toBeVisible();
  await page.getByRole('button', { name: `Use as my pace: 140 → ${pace} words per minute` }).click();
  await expect(page.getByText(`Speaking pace set to ${pace} words per minute`)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the review of a talk');
  await shot(page, 'review-talk');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Preferences' }).click();
  await expect(page.getByLabel('Speaking pace (words per minute)')).toHaveValue(String(pace));
});

test('a recorded run left halfway keeps its recording', async ({ launch }) => {
  const context = await launch({ args: FAKE_MICROPHONE });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await turnOnRecording(page);
  await page.goto('/#/rehearse');
  await page.getByRole('radio', { name: /Hypothesis pitch/ }).check();
  await page.getByRole('button', { name: 'Open the run screen' }).click();
  // Space starts the run only once the run screen is there (it opens after the chooser settles).
  await expect(page.getByText('Press Space (or Start) when you begin speaking.')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('recording-badge')).toHaveText('Recording');
  await page.waitForTimeout(1500);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History', exact: true }).click();
  await expect(page.getByText('The rehearsal you left was saved.')).toBeVisible();
  await expect.poll(async () => (await countRecordings(page)).length).toBe(1);
  await page.getByRole('region', { name: 'Hypothesis pitch' }).getByRole('link').click();
  await expect(page.getByRole('list', { name: 'Segment markers' }).getByRole('button')).toHaveText([/^Hypothesis 0:00$/]);
});
