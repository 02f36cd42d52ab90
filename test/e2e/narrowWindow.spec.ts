/*
 * Every main screen fits the narrowest window Viva supports, 720 px: the page never scrolls
 * sideways, no control's content spills out of its box or is cut (a select's chosen option
 * included), and nothing runs off the window except inside a frame that scrolls on purpose
 * (the families matrix).
 */
import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

const SAMPLE = 'Sample: hybrid drafting for code completion';
const SECTIONS = ['fieldMap', 'families', 'bets', 'contribution', 'checklist', 'limitations', 'outline'];

/** What does not fit on the page now, one sentence per control. */
async function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) {
      problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px in a ${width} px window`);
    }
    const measure = document.createElement('canvas').getContext('2d');
    const inScrollingFrame = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const overflowX = getComputedStyle(p).overflowX;
        if (overflowX === 'auto' || overflowX === 'scroll') return true;
      }
      return false;
    };
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”`;
    const controls = document.querySelectorAll('button, a, select, input, textarea, summary, .due-today, .badge, .chip');
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || el.closest('.visually-hidden')) continue;
      const isTyped = el.tagName === 'INPUT' || el.tagName === 'TEXTAREA';
      if (!isTyped && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
        problems.push(`${describe(el)}: content ${el.scrollWidth} px wide in a ${el.clientWidth} px box`);
      }
      if (el instanceof HTMLSelectElement && measure) {
        measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = el.selectedOptions[0]?.textContent ?? '';
        // Chromium draws the select's arrow in about 18 px at the right of its content.
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 18;
        const needed = measure.measureText(text).width;
        if (needed > room + 0.5)
          problems.push(`select showing “${text}”: needs ${Math.ceil(needed)} px, has ${Math.floor(room)} px`);
      }
      if (!inScrollingFrame(el) && (box.right > width + 1 || box.left < -1)) {
        problems.push(`${describe(el)} runs off the window (${Math.round(box.left)}–${Math.round(box.right)} px)`);
      }
    }
    return problems;
  });
}

async function expectFits(page: Page, screen: string): Promise<void> {
  // Let lazy places and charts draw before measuring.
  await page.waitForLoadState('networkidle');
  await expect.poll(() => overflows(page), { message: `what does not fit on ${screen} at 720 px` }).toEqual([]);
}

test('every main screen fits a 720 px window, and the story’s sections fold into a toggle there', async ({ app }) => {
  test.setTimeout(150_000);
  await app.setViewportSize({ width: 720, height: 860 });
  await expect(app.getByRole('link', { name: SAMPLE })).toBeVisible();
  await expectFits(app, 'the library');

  // A short run, so there is a review and a history to look at.
  await app.clock.install({ time: new Date('2026-11-23T09:00:00Z') });
  await app.goto('/#/rehearse');
  await app.getByRole('radio', { name: /Hypothesis pitch/ }).check();
  await expectFits(app, 'the rehearsal chooser');
  await app.clock.pauseAt(new Date('2026-11-23T09:01:00Z'));
  await app.getByRole('button', { name: 'Open the run screen' }).click();
  await expect(app.getByRole('button', { name: /Start/ })).toBeVisible();
  await app.keyboard.press('Space');
  await app.clock.fastForward(35_600);
  await expectFits(app, 'the run screen');
  await app.keyboard.press('Escape');
  await expect(app).toHaveURL(/#\/session\/[\w-]+$/);
  await app.clock.resume();
  await expect(app.getByTestId('overrun-summary')).toHaveText(
    'The run took 0:36 against a plan of 0:30: 0:06 over. One segment of 1 ran over: Hypothesis by 0:06.',
  );
  await expectFits(app, 'the review of a run');

  for (const place of ['history', 'drills', 'deck', 'trash', 'backups', 'preferences']) {
    await app.goto(`/#/${place}`);
    await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
    await expectFits(app, place);
  }

  await app.goto('/');
  await app.getByRole('link', { name: SAMPLE }).click();
  await expect(app.getByLabel('Story title')).toHaveValue(SAMPLE);
  const storyUrl = app.url().replace(/\/[a-zA-Z]+$/, '');

  // The sections fold away: a toggle names the section shown and opens the list by keyboard.
  const toggle = app.getByRole('button', { name: /^Sections/ });
  const sections = app.getByRole('navigation', { name: 'Story sections' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toContainText('1 of 7: Field map');
  await expect(sections).toBeHidden();
  await toggle.focus();
  await app.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(sections).toBeVisible();
  await expectNoSeriousA11yViolations(app, 'the story at 720 px with its sections open');
  await sections.getByRole('link', { name: /^Limitations/ }).click();
  await expect(app.getByRole('heading', { name: 'Limitations', level: 2 })).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toContainText('6 of 7: Limitations');

  for (const section of SECTIONS) {
    await app.goto(`${storyUrl}/${section}`);
    await expect(app.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expectFits(app, `the sample’s ${section} section`);
  }
  const storyId = storyUrl.split('/').at(-1) ?? '';
  await app.goto(`/#/readiness/${storyId}`);
  await expect(app.getByRole('heading', { name: 'Readiness review', level: 1 })).toBeVisible();
  await expectFits(app, 'the readiness review');

  // On a wide window the sidebar stands beside the story, with no toggle.
  await app.setViewportSize({ width: 1280, height: 860 });
  await app.goto(`${storyUrl}/fieldMap`);
  await expect(sections).toBeVisible();
  await expect(toggle).toBeHidden();
});

test('a window made narrower refits the story’s growing text fields, so none cuts its text', async ({ app }) => {
  await app.setViewportSize({ width: 1440, height: 900 });
  await app.getByRole('link', { name: SAMPLE }).click();
  await expect(app.getByLabel('Story title')).toHaveValue(SAMPLE);
  const storyUrl = app.url().replace(/\/[a-zA-Z]+$/, '');
  const cut = () =>
    app.evaluate(() =>
      [...document.querySelectorAll('textarea')]
        .filter((area) => area.clientHeight > 0 && area.scrollHeight > area.clientHeight + 1)
        .map(
          (area) => `${area.getAttribute('aria-label') ?? area.id}: ${area.scrollHeight} px of text in ${area.clientHeight} px`,
        ),
    );
  for (const section of ['contribution', 'families']) {
    await app.setViewportSize({ width: 1440, height: 900 });
    await app.goto(`${storyUrl}/${section}`);
    await expect(app.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await app.setViewportSize({ width: 720, height: 900 });
    await expect.poll(cut, { message: `text fields cut on ${section} after narrowing` }).toEqual([]);
  }
});
