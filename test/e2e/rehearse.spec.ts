import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';
import { readTable } from './readTable';

interface StoredSession {
  formatName: string;
  segments: Array<{ title: string; actualMs: number }>;
  challenges: Array<{ rating: string | null; answerMs: number; segmentIndex: number }>;
  pausedMs: number;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

test('a whole 45-minute research-design round runs in seconds, with warning, overrun, a rated challenge, and is kept after a restart', async ({
  launch,
}) => {
  let context = await launch();
  let page = context.pages()[0] ?? (await context.newPage());
  await page.clock.install({ time: new Date('2026-11-23T09:00:00Z') });
  await page.goto('/');
  await page.getByRole('link', { name: 'Rehearse', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Rehearse' })).toBeVisible();
  await page.getByRole('radio', { name: /Research-design round/ }).check();
  await expectNoSeriousA11yViolations(page, 'the rehearsal chooser');
  await shot(page, 'chooser');
  // Time stands still from here and moves only when the test says so (axe needs running timers,
  // so the run screen is scanned in its own test).
  await page.clock.pauseAt(new Date('2026-11-23T09:05:00Z'));
  await page.getByRole('button', { name: 'Open the run screen' }).click();

  const segmentClock = page.getByRole('timer', { name: 'Time in this segment' });
  const standing = page.getByTestId('segment-standing');
  await expect(page.getByRole('heading', { name: 'Framing' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: /Pause/ })).toBeVisible();

  await page.clock.fastForward('12:00');
  await expect(standing).toHaveText('Warning: 3:00 left in this segment');
  await shot(page, 'run-warning');

  // A pause of ten minutes leaves the clock where it was.
  await page.keyboard.press('Space');
  await expect(page.getByText('· Paused')).toBeVisible();
  await page.clock.fastForward('10:00');
  await expect(segmentClock).toHaveText('12:00 of 15:00');
  await page.keyboard.press('Space');

  await page.clock.fastForward('04:00');
  await expect(standing).toHaveText('Over budget in this segment by 1:00');

  await page.keyboard.press('c');
  const challenge = page.getByRole('region', { name: 'Challenge' });
  await expect(challenge).toBeVisible();
  await page.clock.fastForward('00:30');
  await expect(segmentClock).toHaveText('16:30 of 15:00');
  await shot(page, 'run-challenge');
  await page.keyboard.press('2');
  await expect(challenge).toBeHidden();

  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: 'Solution sketch' })).toBeVisible();
  await page.clock.fastForward('19:00');
  await page.keyboard.press('ArrowRight');
  await page.clock.fastForward('10:30');
  await expect(page.getByTestId('total-standing')).toContainText('Over budget in the run by 1:00');
  await shot(page, 'run-overrun');
  await page.keyboard.press('Escape');
  await page.clock.resume();
  await expect(page).toHaveURL(/#\/session\/[\w-]+$/);

  const check = async (p: Page) => {
    const sessions = await readTable<StoredSession>(p, 'sessions');
    expect(sessions).toHaveLength(1);
    const [session] = sessions;
    expect(session?.formatName).toBe('Research-design round');
    expect(session?.segments.map((s) => Math.round(s.actualMs / 1000))).toEqual([990, 1140, 630]);
    expect(session?.pausedMs).toBe(600_000);
    expect(session?.challenges).toEqual([expect.objectContaining({ rating: 'shaky', answerMs: 30_000, segmentIndex: 0 })]);
    const practice = await readTable<{ log: Array<{ rating: string; answerMs: number; source: string }> }>(p, 'practice');
    expect(practice.map((q) => q.log)).toEqual([
      [expect.objectContaining({ rating: 'shaky', answerMs: 30_000, source: 'rehearsal' })],
    ]);
  };
  await check(page);

  await context.close();
  context = await launch();
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await check(page);
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { name: 'Research-design round' })).toBeVisible();
});

test('the run screen passes an accessibility scan, before the start and with a challenge open', async ({ app }) => {
  await app.goto('/#/rehearse');
  // The research presentation of the sample story: its talk outline's beats, bullets and notes.
  await expect(app.getByRole('radio', { name: /Research presentation/ })).toBeChecked();
  await app.getByRole('button', { name: 'Open the run screen' }).click();
  await expect(app.getByText('Press Space (or Start) when you begin speaking.')).toBeVisible();
  await expect(app.locator('.cue-notes')).not.toBeEmpty();
  await expectNoSeriousA11yViolations(app, 'the run screen before the start');
  await shot(app, 'run-talk');
  await app.getByRole('button', { name: /Start/ }).click();
  await app.getByRole('button', { name: /Challenge/ }).click();
  await expect(app.getByRole('region', { name: 'Challenge' })).toBeVisible();
  await expectNoSeriousA11yViolations(app, 'the run screen with a challenge');
  await app.getByRole('button', { name: /Missed/ }).click();
  await app.getByRole('button', { name: /Hide notes/ }).click();
  await expect(app.getByText(/Notes hidden/)).toBeVisible();
  await expectNoSeriousA11yViolations(app, 'the run screen in a no-notes run');
});

test('the format editor refuses bad durations with clear messages and keeps the user’s own format', async ({ app }) => {
  await app.goto('/#/rehearse');
  await app.getByRole('button', { name: 'New format' }).click();
  // The editor replaces the chooser, so focus starts in it rather than falling to the page.
  await expect(app.getByLabel('Name')).toBeFocused();
  await app.getByLabel('Name').fill('Two-question drill');
  await app.getByLabel('Segment 1 title').fill('First answer');
  await app.getByLabel('Segment 1 budget').fill('1:75');
  await app.getByRole('button', { name: 'Add segment' }).click();
  await app.getByLabel('Segment 2 title').fill('Second answer');
  await app.getByLabel('Segment 2 budget').fill('soon');
  await app.getByRole('button', { name: 'Save format' }).click();
  const problems = app.getByRole('alert');
  await expect(problems).toContainText('Segment 1 (“First answer”): Seconds go up to 59: write 2:15 rather than 1:75.');
  await expect(problems).toContainText('Segment 2 (“Second answer”): “soon” is not a time.');
  await expect(app.getByLabel('Segment 1 budget')).toBeFocused();
  await expectNoSeriousA11yViolations(app, 'the format editor with errors');
  await shot(app, 'format-editor');

  await app.getByLabel('Segment 1 budget').fill('2:15');
  await app.getByLabel('Segment 2 budget').fill('90s');
  await app.getByRole('button', { name: 'Save format' }).click();
  const own = app.getByRole('radio', { name: /Two-question drill/ });
  await expect(own).toBeChecked();
  await expect(own).toBeFocused();
  await expect(app.getByText('3:45 · First answer 2:15 · Second answer 1:30')).toBeVisible();
  await app.reload();
  await expect(app.getByRole('radio', { name: /Two-question drill/ })).toBeVisible();

  // A preset can be edited, and reset to what Viva ships.
  await app.getByRole('button', { name: 'Edit “Hypothesis pitch”' }).click();
  await app.getByLabel('Name').fill('Elevator pitch');
  await app.getByLabel('Segment 1 budget').fill('45s');
  await app.getByRole('button', { name: 'Save format' }).click();
  await expect(app.getByRole('radio', { name: /Elevator pitch\s*edited/ })).toBeVisible();
  await expect(app.getByText('0:45 · Hypothesis 0:45')).toBeVisible();
  await app.getByRole('button', { name: 'Edit “Elevator pitch”' }).click();
  await app.getByRole('button', { name: 'Reset to the preset' }).click();
  await expect(app.getByRole('radio', { name: /Hypothesis pitch/ })).toBeVisible();
  await expect(app.getByText('0:30 · Hypothesis 0:30')).toBeVisible();
});

test('the deck lists the built-in questions and keeps the user’s own, with answer notes', async ({ app }) => {
  await app.getByRole('link', { name: 'Deck' }).click();
  await expect(app.getByRole('heading', { name: 'Challenge deck' })).toBeVisible();
  await expect(app.getByText('Showing all 67 questions.')).toBeVisible();
  await app.getByLabel('Add your own question').fill('Why should a product team care about this result next quarter?');
  await app.getByRole('button', { name: 'Add question' }).click();
  await expect(app.getByText('Showing all 68 questions.')).toBeVisible();
  await app.getByLabel('Show').selectOption('own');
  const mine = app.getByRole('listitem').filter({ hasText: 'Why should a product team care' });
  await mine.getByRole('button', { name: 'Answer notes' }).click();
  await app.getByLabel('Answer notes for this question').fill('Lead with the latency win: 40 ms at p95.');
  await app.getByLabel('Answer notes for this question').blur();
  await expectNoSeriousA11yViolations(app, 'the challenge deck');
  await shot(app, 'deck');
  await mine.getByRole('button', { name: 'Delete' }).click();
  await expect(app.getByText('Showing 0 of 67 questions.')).toBeVisible();
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(app.getByText('Showing 1 of 68 questions.')).toBeVisible();
  await expect
    .poll(async () => (await readTable<{ notes: string }>(app, 'practice')).map((p) => p.notes))
    .toEqual(['Lead with the latency win: 40 ms at p95.']);
});

test('the rehearsal code loads only when the user goes to rehearse', async ({ app }) => {
  const scripts: string[] = [];
  app.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await app.reload();
  await expect(app.getByRole('link', { name: 'Rehearse', exact: true })).toBeVisible();
  expect(scripts.some((path) => /RehearseView/.test(path))).toBe(false);
  await app.getByRole('link', { name: 'Rehearse', exact: true }).click();
  await expect(app.getByRole('heading', { name: 'Rehearse' })).toBeVisible();
  expect(scripts.some((path) => /RehearseView/.test(path))).toBe(true);
});
