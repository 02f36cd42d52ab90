/*
 * The presentation exports as a user reaches them: PowerPoint and Beamer from the export dialog
 * (the downloaded files read back with a zip reader and an XML parser, not with our writer), and
 * the cue cards page, printed by Chromium itself with the page's print stylesheet.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SAMPLE_TITLE, sampleStory } from '../../shared/content/sample/sampleStory';
import { readPptx } from '../shared/export/pptx/readPptx';
import { expectNoSeriousA11yViolations } from './accessibility';
import { expect, test } from './fixtures';

const SHOTS = process.env['VIVA_SHOTS'];
const beats = sampleStory(0).outline.beats;

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

async function openExportDialog(page: Page) {
  await page.getByRole('link', { name: SAMPLE_TITLE }).click();
  await expect(page.getByLabel('Story title')).toHaveValue(SAMPLE_TITLE);
  await page.getByRole('button', { name: 'Export or copy…' }).click();
  return page.getByRole('dialog', { name: 'Export this story' });
}

async function saveSlides(page: Page, tool: string) {
  const dialog = page.getByRole('dialog', { name: 'Export this story' });
  await dialog.getByRole('radio', { name: /Slides with speaker notes/ }).check();
  await dialog.getByLabel('Slide tool').selectOption(tool);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save file…' }).click();
  const download = await downloading;
  await expect(dialog.getByRole('status')).toHaveText(`Saved “${download.suggestedFilename()}”.`);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

test('the sample story exports as an editable PowerPoint deck with every title, bullet and note', async ({ app }) => {
  const dialog = await openExportDialog(app);
  await dialog.getByRole('radio', { name: /Slides with speaker notes/ }).check();
  // PowerPoint leads the list of slide tools, and says where the notes are.
  await expect(dialog.getByLabel('Slide tool')).toHaveValue('pptx');
  await expect(dialog.getByText(/notes pane/).first()).toBeVisible();
  // A .pptx is not text: nothing to copy.
  await expect(dialog.getByRole('button', { name: 'Copy slides' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(app, 'the export dialog with PowerPoint chosen');
  await shot(app, 'export-dialog-pptx');

  const { name, bytes } = await saveSlides(app, 'pptx');
  expect(name).toBe('sample-hybrid-drafting-for-code-completion.pptx');
  const deck = await readPptx(bytes);
  expect(deck.slides).toHaveLength(beats.length + 1);
  expect(deck.slides[0]!.title).toBe(SAMPLE_TITLE);
  deck.slides.slice(1).forEach((slide, i) => {
    expect(slide.title).toBe(beats[i]!.title);
    expect(slide.bullets).toEqual(beats[i]!.bullets.filter((b) => b.trim() !== ''));
    expect(slide.notes.length).toBeGreaterThan(0);
  });

  // Without notes, the same slides and no notes text at all.
  await dialog.getByLabel('Include speaker notes').uncheck();
  const bare = await saveSlides(app, 'pptx');
  expect(bare.name).toBe('sample-hybrid-drafting-for-code-completion-no-notes.pptx');
  const bareDeck = await readPptx(bare.bytes);
  expect(bareDeck.slides.map((s) => s.title)).toEqual(deck.slides.map((s) => s.title));
  expect(bareDeck.slides.every((s) => s.notes === '')).toBe(true);
});

test('the sample story exports as a Beamer document, and the dialog says how to show its notes', async ({ app }) => {
  const dialog = await openExportDialog(app);
  await dialog.getByRole('radio', { name: /Slides with speaker notes/ }).check();
  await dialog.getByLabel('Slide tool').selectOption('beamer');
  await expect(dialog.getByText(/pdfpc/)).toBeVisible();
  await expectNoSeriousA11yViolations(app, 'the export dialog with Beamer chosen');
  const { name, bytes } = await saveSlides(app, 'beamer');
  expect(name).toBe('sample-hybrid-drafting-for-code-completion-beamer.tex');
  const tex = bytes.toString('utf8');
  expect(tex).toMatch(/\\documentclass(\[[^\]]*\])?\{beamer\}/);
  expect(tex.match(/\\begin\{frame\}/g)).toHaveLength(beats.length + 1);
  expect(tex.match(/\\note\{/g)?.length).toBeGreaterThanOrEqual(beats.length);
  expect(tex.trimEnd()).toMatch(/\\end\{document\}$/);
});

test('cue cards: one card per beat on screen, one page per card on paper', async ({ app }, testInfo) => {
  const dialog = await openExportDialog(app);
  await dialog.getByRole('radio', { name: /Cue cards to print/ }).check();
  await dialog.getByRole('button', { name: 'Open cue cards' }).click();
  await expect(app.getByRole('heading', { name: 'Cue cards', level: 1 })).toBeVisible();
  await expect(app).toHaveTitle(`Cue cards · ${SAMPLE_TITLE} · Viva`);
  const cards = app.getByRole('article');
  await expect(cards).toHaveCount(beats.length);
  await expect(cards.first().getByRole('heading', { level: 2 })).toHaveText(beats[0]!.title);
  await expect(cards.nth(1)).toContainText(beats[1]!.bullets[0]!);
  // In a browser, Print is the way to paper or PDF.
  await expect(app.getByRole('button', { name: 'Print…' })).toBeVisible();
  await expectNoSeriousA11yViolations(app, 'the cue cards');
  await shot(app, 'cue-cards-1280');
  await app.setViewportSize({ width: 720, height: 860 });
  await shot(app, 'cue-cards-720');
  const overflowing = await cards.evaluateAll((nodes) => nodes.filter((n) => n.scrollWidth > n.clientWidth + 1).length);
  expect(overflowing).toBe(0);

  // Printed by Chromium with the print stylesheet: no app chrome, A5 landscape, a page per card.
  const pdfPath = testInfo.outputPath('cue-cards.pdf');
  writeFileSync(pdfPath, await app.pdf({ preferCSSPageSize: true, printBackground: true }));
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(beats.length);
  // A5 landscape is 595 × 420 points.
  const [width, height] = (/Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? []).slice(1).map(Number);
  expect(Math.round(width!)).toBe(595);
  expect(Math.round(height!)).toBe(420);
  // Each page holds its own beat's title and first bullet, and nothing of the app around it.
  beats.forEach((beat, i) => {
    const page = String(i + 1);
    const text = execFileSync('pdftotext', ['-raw', '-f', page, '-l', page, pdfPath, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(beat.title);
    expect(flat).toContain(beat.bullets[0]!);
    expect(flat).not.toContain('Library');
    expect(flat).not.toContain('Save as PDF');
  });

  await app.getByRole('link', { name: `← ${SAMPLE_TITLE}` }).click();
  await expect(app.getByLabel('Story title')).toHaveValue(SAMPLE_TITLE);
});
