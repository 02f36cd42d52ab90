/*
 * The decks in a real presentation program: LibreOffice Impress opens them headless and prints
 * them to PDF with a notes page per slide, and pdftotext reads the PDF back. The sample story's
 * deck, and one deck holding the beats of ten generated XML-hostile stories, must show every title
 * and bullet on its slide and every notes line on that slide's notes page. Text is compared without
 * whitespace (the PDF wraps lines) and without emoji or U+FFFD (this machine has no emoji font, and
 * a glyph it cannot draw may come back as U+FFFD). pdftotext reads in drawing order (-raw): its
 * -layout mode moves the letters beside a fallback-font glyph onto another line.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleStory } from '../../../../shared/content/sample/sampleStory';
import { eventLine } from '../../../../shared/export/pptx/addTitleSlide';
import { pptxDeck } from '../../../../shared/export/pptx/pptxDeck';
import type { Story } from '../../../../shared/model/story';
import { expectedBullets, expectedLine, expectedNotes, expectedTitle } from './expectedDeckText';
import { hostileStoryArb } from './hostileStoryArbitrary';

const INSTALL = 'apt-get install -y --no-install-recommends libreoffice-impress poppler-utils';
const PDF_WITH_NOTES = 'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"}}';

function requireTool(command: string, what: string): void {
  const dirs = (process.env['PATH'] ?? '').split(path.delimiter);
  if (!dirs.some((dir) => existsSync(path.join(dir, command)))) {
    throw new Error(`${what} is not installed ("${command}" is not on the PATH). Install it with: ${INSTALL}`);
  }
}

/** Letters, digits, punctuation and symbols only: no whitespace, controls, emoji or U+FFFD. */
function comparable(text: string): string {
  return Array.from(text.normalize('NFC'))
    .filter((char) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(char) && !/[\p{Extended_Pictographic}\uFFFD]/u.test(char))
    .join('');
}

/** The beats of ten generated hostile stories as one story (fixed seed: the same deck every run). */
function hostileStory(): Story {
  const stories = fc.sample(hostileStoryArb, { numRuns: 10, seed: 20270314 });
  const first = stories[0]!;
  return { ...first, outline: { ...first.outline, beats: stories.flatMap((story) => story.outline.beats).slice(0, 60) } };
}

const decks = { sample: sampleStory(Date.UTC(2027, 1, 14)), hostile: hostileStory() };
type DeckName = keyof typeof decks;
const dir = mkdtempSync(path.join(tmpdir(), 'viva-pptx-'));
let conversion: Promise<Map<DeckName, string[]>> | null = null;

/**
 * Each deck's PDF text, page by page (the slides, then a notes page per slide), converted once
 * for all tests. Every test awaits it, so a missing tool fails each test rather than skipping it.
 */
function pdfPages(name: DeckName): Promise<string[]> {
  conversion ??= convertDecks();
  return conversion.then((pages) => pages.get(name)!);
}

async function convertDecks(): Promise<Map<DeckName, string[]>> {
  requireTool('soffice', 'LibreOffice Impress');
  requireTool('pdftotext', 'pdftotext (poppler-utils)');
  const names = Object.keys(decks) as DeckName[];
  for (const name of names) writeFileSync(path.join(dir, `${name}.pptx`), await pptxDeck(decks[name], { includeNotes: true }));
  // A profile of its own, so runs in parallel (or a LibreOffice the user has open) do not clash.
  const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
  const files = names.map((name) => path.join(dir, `${name}.pptx`));
  execFileSync('soffice', [profile, '--headless', '--convert-to', PDF_WITH_NOTES, ...files, '--outdir', dir], {
    stdio: 'pipe',
    timeout: 110_000,
  });
  const pages = new Map<DeckName, string[]>();
  for (const name of names) {
    const pdf = path.join(dir, `${name}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${name}.pptx to PDF.`);
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
    pages.set(name, text.split('\f').map(comparable));
  }
  return pages;
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(Object.keys(decks) as DeckName[])('LibreOffice Impress shows the %s deck', (name) => {
  const story = decks[name];
  const beats = story.outline.beats;
  const slideCount = beats.length + 1;
  // The first test to ask waits for LibreOffice: a generous timeout for each.
  const TIMEOUT = 120_000;

  it(
    'as one page per slide and one notes page per slide',
    async () => {
      const pages = await pdfPages(name);
      expect(pages.filter((text) => text !== '')).toHaveLength(2 * slideCount);
    },
    TIMEOUT,
  );

  it(
    'with the title and the event on the title slide',
    async () => {
      const [titlePage] = await pdfPages(name);
      expect(titlePage).toContain(comparable(expectedTitle(story.title)));
      expect(titlePage).toContain(comparable(expectedLine(eventLine(story.event))));
    },
    TIMEOUT,
  );

  it(
    'with every beat title and bullet on its slide',
    async () => {
      const pages = await pdfPages(name);
      beats.forEach((beat, i) => {
        const page = pages[i + 1] ?? '';
        expect(page, `slide ${i + 2}`).toContain(comparable(expectedTitle(beat.title)));
        for (const bullet of expectedBullets(beat)) expect(page, `slide ${i + 2}`).toContain(comparable(bullet));
      });
    },
    TIMEOUT,
  );

  it(
    'with every notes line on the slide’s notes page',
    async () => {
      const pages = await pdfPages(name);
      beats.forEach((beat, i) => {
        const page = pages[slideCount + i + 1] ?? '';
        for (const line of expectedNotes(beat)) expect(page, `notes of slide ${i + 2}`).toContain(comparable(line.text));
      });
    },
    TIMEOUT,
  );
});
