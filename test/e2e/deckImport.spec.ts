/*
 * Bring your own deck, as a user does it in Chromium: a PowerPoint deck picked in the import
 * dialog becomes a new story's talk outline (titles, bullets, notes, budgets), is rehearsed
 * against the clock, and exported again as a Marp deck that reads back with the same beats; a
 * file dropped on the library that is not a deck is refused with its reason, and nothing is written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SAMPLE_TITLE, sampleStory } from '../../shared/content/sample/sampleStory';
import { findExportFormat } from '../../shared/export/formats/exportFormats';
import { readDeck } from '../../shared/import/readDeck';
import { newBeat } from '../../shared/model/outline';
import { newStory } from '../../shared/model/story';
import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

const SHOTS = process.env['VIVA_SHOTS'];

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const BEATS = [
  {
    title: 'Why retrieval fails on long tails',
    bullets: ['Rare entities', 'Stale indexes'],
    notes: 'Open with the failure **everyone** has seen.',
  },
  {
    title: 'Our index refresh',
    bullets: ['Incremental updates', 'Cost: 3% of a rebuild'],
    notes: 'Walk through the diagram slowly.',
  },
  { title: 'Results', bullets: ['+12 recall@10'], notes: 'Say the number, then the caveat.' },
];

/** A .pptx written by Viva's own PowerPoint export (so made by pptxgenjs, read by our reader). */
async function deckFile(path: string): Promise<void> {
  const story = newStory('Fresh indexes for long-tail retrieval', 0);
  story.outline.beats = BEATS.map((beat) => ({
    ...newBeat(beat.title, 60_000),
    bullets: beat.bullets,
    notes: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: beat.notes.replace(/\*\*/g, '') }] }] },
  }));
  const bytes = await findExportFormat('pptx')!.build(story, { includeNotes: true });
  writeFileSync(path, bytes);
}

test('a PowerPoint deck becomes a story, is rehearsed, and exports again with the same beats', async ({ app }) => {
  const path = test.info().outputPath('long-tail-talk.pptx');
  await deckFile(path);

  await app.getByRole('button', { name: 'Import a deck…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Import a slide deck' });
  await expect(dialog.getByText(/Each slide becomes a beat/)).toBeVisible();
  await expectNoSeriousA11yViolations(app, 'the deck import dialog');
  const picking = app.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a deck…' }).click();
  await (await picking).setFiles(path);

  // The preview: every slide as a beat, the title slide named, and where the budgets came from.
  const beats = dialog.getByRole('list', { name: 'Beats to import' });
  await expect(beats.getByRole('listitem')).toHaveText(BEATS.map((beat) => new RegExp(beat.title)));
  await expect(dialog.getByText('The first slide is the title slide: it names the talk and is not a beat.')).toBeVisible();
  await expect(dialog.getByText(/shared out by the words of each slide’s notes/)).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText(
    /A new story, “Fresh indexes for long-tail retrieval”, with 3 beats for a 20-minute talk\./,
  );
  await expectNoSeriousA11yViolations(app, 'the deck import preview');
  await shot(app, 'deck-import-preview');
  await dialog.getByRole('button', { name: 'Import as a new story' }).click();

  // The story's outline holds the beats, bullets and notes.
  await expect(app).toHaveURL(/#\/story\/[\w-]+\/outline$/);
  await expect(app.getByLabel('Story title')).toHaveValue('Fresh indexes for long-tail retrieval');
  for (const beat of BEATS) {
    await expect(app.getByText(beat.notes.replace(/\*\*/g, '')).first()).toBeVisible();
  }
  await shot(app, 'deck-import-outline');

  // Rehearse it: the research presentation takes its segments from the imported beats.
  await app.goto('/#/rehearse');
  await app.getByLabel('Story', { exact: true }).selectOption({ label: 'Fresh indexes for long-tail retrieval' });
  await app.getByRole('radio', { name: /Research presentation/ }).check();
  await app.getByRole('button', { name: 'Open the run screen' }).click();
  await expect(app.getByRole('heading', { name: BEATS[0]!.title })).toBeVisible();
  await app.keyboard.press('Space');
  await app.keyboard.press('ArrowRight');
  await expect(app.getByRole('heading', { name: BEATS[1]!.title })).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(app).toHaveURL(/#\/session\/[\w-]+$/);

  // Export it again, as a Marp deck: the same beats come back.
  await app.goto('/');
  await app.getByRole('link', { name: 'Fresh indexes for long-tail retrieval' }).click();
  await app.getByRole('button', { name: 'Export or copy…' }).click();
  const exportDialog = app.getByRole('dialog', { name: 'Export this story' });
  await exportDialog.getByRole('radio', { name: /Slides with speaker notes/ }).check();
  await exportDialog.getByLabel('Slide tool').selectOption('marp');
  const downloading = app.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Save file…' }).click();
  const download = await downloading;
  const exported = await readDeck(download.suggestedFilename(), readFileSync(await download.path()));
  expect(exported.format).toBe('marp');
  expect(exported.slides.map((slide) => slide.title)).toEqual(BEATS.map((beat) => beat.title));
  expect(exported.slides.map((slide) => slide.bullets)).toEqual(BEATS.map((beat) => beat.bullets));
});

test('a file dropped on the library that is not a deck is refused with its reason, and nothing is written', async ({ app }) => {
  // The sample story is added on first start; the library holds it alone.
  const stories = app.getByRole('list', { name: 'Stories' }).getByRole('listitem');
  await expect(stories).toHaveCount(1);
  await expect(stories).toContainText(SAMPLE_TITLE);
  const drop = await app.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['just some notes, no slides'], 'notes.txt', { type: 'text/plain' }));
    return data;
  });
  await app.getByTestId('library').dispatchEvent('dragover', { dataTransfer: drop });
  await app.getByTestId('library').dispatchEvent('drop', { dataTransfer: drop });
  const dialog = app.getByRole('dialog', { name: 'Import a slide deck' });
  await expect(dialog.getByRole('alert')).toContainText('“notes.txt” is not a deck Viva reads');
  await expectNoSeriousA11yViolations(app, 'a refused deck');
  await shot(app, 'deck-import-refused');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(stories).toHaveCount(1);

  // A Marp deck dropped on the library opens its preview.
  const marp = [
    '---',
    'marp: true',
    '---',
    '',
    '# Dropped talk',
    '',
    '---',
    '',
    '# First point',
    '',
    '- one',
    '',
    '<!-- say it -->',
    '',
  ].join('\n');
  const dropMarp = await app.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.md', { type: 'text/markdown' }));
    return data;
  }, marp);
  await app.getByTestId('library').dispatchEvent('drop', { dataTransfer: dropMarp });
  await expect(dialog.getByRole('list', { name: 'Beats to import' }).getByRole('listitem')).toHaveText([/First point/]);
  // Replacing the sample's outline would say which beats go.
  await dialog.getByRole('radio', { name: 'Replace the outline of a story' }).check();
  const firstSampleBeat = sampleStory(0).outline.beats[0]!.title;
  await expect(dialog.getByRole('status')).toContainText(`Beats replaced: “${firstSampleBeat}”`);
  await dialog.getByRole('radio', { name: 'A new story' }).check();
  await dialog.getByRole('button', { name: 'Import as a new story' }).click();
  await expect(app.getByLabel('Story title')).toHaveValue('Dropped talk');
});
