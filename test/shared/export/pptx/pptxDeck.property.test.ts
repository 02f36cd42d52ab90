import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pptxDeck } from '../../../../shared/export/pptx/pptxDeck';
import type { Story } from '../../../../shared/model/story';
import { storyArb } from '../../arbitraries/storyArbitrary';
import { expectedBullets, expectedNotes, expectedTitle, isXmlChar, type NotesLine } from './expectedDeckText';
import { hostileStoryArb } from './hostileStoryArbitrary';
import { readPptx, type ReadParagraph } from './readPptx';

/** A paragraph read back, in the oracle's terms: text, and each character's formatting digit. */
function asLine(paragraph: ReadParagraph): NotesLine {
  const format = paragraph.runs
    .map((run) => {
      const digit = (run.isBold ? 1 : 0) + (run.isItalic ? 2 : 0) + (run.font === 'Courier New' ? 4 : 0);
      return String(digit).repeat(run.text.length);
    })
    .join('');
  return { text: paragraph.text, format };
}

/** The notes pane's lines; one paragraph with no runs is how an empty pane is written. */
function notesLines(paragraphs: readonly ReadParagraph[]): NotesLine[] {
  const isEmptyPane = paragraphs.length === 1 && paragraphs[0]!.runs.length === 0;
  return isEmptyPane ? [] : paragraphs.map(asLine);
}

function firstForbidden(text: string): string | null {
  for (const char of text) if (!isXmlChar(char.codePointAt(0)!)) return `U+${char.codePointAt(0)!.toString(16)}`;
  return null;
}

async function checkDeck(story: Story, includeNotes: boolean): Promise<void> {
  const deck = await readPptx(await pptxDeck(story, { includeNotes }));
  for (const [path, xml] of deck.xml) expect(firstForbidden(xml), path).toBeNull();

  const beats = story.outline.beats;
  expect(deck.slides).toHaveLength(beats.length + 1);
  expect(deck.slides[0]!.title).toBe(expectedTitle(story.title));
  beats.forEach((beat, i) => {
    const slide = deck.slides[i + 1]!;
    expect(slide.title).toBe(expectedTitle(beat.title));
    expect(slide.bullets).toEqual(expectedBullets(beat));
    // Real bullet paragraphs: one per bullet, each drawn with a bullet.
    if (slide.bullets.length > 0) expect(slide.body.map((p) => p.bullet)).toEqual(slide.bullets.map(() => '•'));
    if (includeNotes) expect(notesLines(slide.notesParagraphs)).toEqual(expectedNotes(beat));
    else expect(slide.notes).toBe('');
  });
  expect(deck.slides[0]!.notes).toBe('');
}

describe('pptxDeck on any story', () => {
  it('says exactly what the story says, with markdown-hostile text', async () => {
    await fc.assert(
      fc.asyncProperty(storyArb, fc.boolean(), (story, includeNotes) => checkDeck(story, includeNotes)),
      { numRuns: 25 },
    );
  }, 60_000);

  it('says exactly what the story says, less what XML forbids, with XML-hostile text', async () => {
    await fc.assert(
      fc.asyncProperty(hostileStoryArb, fc.boolean(), (story, includeNotes) => checkDeck(story, includeNotes)),
      { numRuns: 30 },
    );
  }, 60_000);
});
