import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

interface StoredSession {
  segments: Array<{ title: string; budgetMs: number }>;
  challenges: Array<{ segmentIndex: number; rating: string | null }>;
}

async function readSessions(page: Page): Promise<StoredSession[]> {
  return page.evaluate(
    () =>
      new Promise<StoredSession[]>((resolve, reject) => {
        const open = indexedDB.open('viva');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const request = open.result.transaction('sessions').objectStore('sessions').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as StoredSession[]);
          };
          request.onerror = () => reject(new Error(String(request.error)));
        };
      }),
  );
}

test('a research presentation lasts as long as the story’s talk, then a question period throws questions at the chosen rate', async ({
  app,
}) => {
  await app.setViewportSize({ width: 720, height: 900 });
  await app.clock.install({ time: new Date('2026-11-23T09:00:00Z') });
  await app.goto('/#/rehearse');
  const talk = app.getByRole('radio', { name: /Research presentation/ });
  await expect(talk).toBeChecked();
  await expect(app.getByText(/As long as the story’s talk \(20:00 with no story\)/)).toBeVisible();
  await app.getByRole('checkbox', { name: /Add a question period after the talk/ }).check();
  await app.getByLabel('Length of the questions').selectOption('10');
  await app.getByLabel('One question every').selectOption('2');
  await expectNoSeriousA11yViolations(app, 'the chooser with a question period');
  await app.screenshot({ path: '/tmp/shots-rounds/presentation-chooser-720.png', fullPage: true });
  // A fixed-segment format has no question period to offer.
  await app.getByRole('radio', { name: /Research-design round/ }).check();
  await expect(app.getByRole('checkbox', { name: /Add a question period/ })).toBeHidden();
  await talk.check();
  await expect(app.getByLabel('Length of the questions')).toHaveValue('10');

  await app.clock.pauseAt(new Date('2026-11-23T09:05:00Z'));
  await app.getByRole('button', { name: 'Open the run screen' }).click();
  // The sample's talk lasts 15 minutes, and the questions ten more.
  await expect(app.getByTestId('total-standing')).toContainText('Total 0:00 / 25:00');
  const strip = app.getByRole('list', { name: 'Segments' });
  await expect(strip.getByRole('listitem').last()).toContainText('Questions');
  await expect(strip.getByRole('listitem').last()).toContainText('10:00');

  await app.keyboard.press('Space');
  const segments = await strip.getByRole('listitem').count();
  // Through the talk, with no question thrown on its own there.
  for (let i = 1; i < segments; i += 1) await app.keyboard.press('ArrowRight');
  await expect(app.getByRole('heading', { name: 'Questions' })).toBeVisible();
  const challenge = app.getByRole('region', { name: 'Challenge' });
  await app.clock.fastForward('00:01');
  await expect(challenge).toBeVisible();
  await app.screenshot({ path: '/tmp/shots-rounds/presentation-questions-720.png', fullPage: true });
  // (The run screen with a question open is scanned in rehearse.spec.ts: axe needs the clock running.)
  await app.keyboard.press('1');
  await expect(challenge).toBeHidden();
  // The next one comes two minutes after the first was thrown, not before.
  await app.clock.fastForward('01:50');
  await expect(challenge).toBeHidden();
  await app.clock.fastForward('00:15');
  await expect(challenge).toBeVisible();
  await app.keyboard.press('3');
  await app.keyboard.press('Escape');
  await app.clock.resume();
  await expect(app).toHaveURL(/#\/session\/[\w-]+$/);

  const [session] = await readSessions(app);
  const last = session!.segments.length - 1;
  expect(session!.segments[last]).toMatchObject({ title: 'Questions', budgetMs: 600_000 });
  expect(session!.segments.slice(0, last).reduce((sum, s) => sum + s.budgetMs, 0)).toBe(15 * 60_000);
  expect(session!.challenges).toEqual([
    expect.objectContaining({ segmentIndex: last, rating: 'nailed' }),
    expect.objectContaining({ segmentIndex: last, rating: 'missed' }),
  ]);
});
