/*
 * Export, then import: every deck format Viva writes gives back the same beats — titles, bullets
 * and notes as the deck shows them — over generated stories full of hostile text (markdown,
 * HTML, LaTeX and XML syntax, deck separators, control characters, links). Notes compare as
 * each tool carries them: plain text with list markers for Marp, PowerPoint and Beamer (whose
 * notes pages print a link's address after its text), and every character with its bold,
 * italic, code and link marks for Slidev and reveal.js. PowerPoint notes also keep their lists'
 * nesting exactly: lists in list items, bulleted or numbered, up to PowerPoint's nine levels.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printableText } from '../../../shared/export/beamer/printableText';
import { findExportFormat } from '../../../shared/export/formats/exportFormats';
import { xmlSafeLine, xmlSafeText } from '../../../shared/export/pptx/xmlSafeText';
import { deckOutline } from '../../../shared/import/deckOutline';
import { readDeck } from '../../../shared/import/readDeck';
import { newBeat } from '../../../shared/model/outline';
import type { RichText, RichTextNode } from '../../../shared/model/richText';
import { newStory, type Story } from '../../../shared/model/story';
import { deckStoryArb, trickyStories } from '../export/decks/deckArbitraries';
import { squash, typedMarks, typedPlainNotes } from '../export/decks/deckOracle';
import { hostileStoryArb } from '../export/pptx/hostileStoryArbitrary';

type Format = 'pptx' | 'beamer' | 'marp' | 'slidev' | 'reveal';

const EXTENSIONS: Record<Format, string> = { pptx: 'pptx', beamer: 'tex', marp: 'md', slidev: 'md', reveal: 'md' };

/** Text nodes mapped through `f` (what a format keeps of each character). */
function mapText(doc: RichText, f: (text: string) => string): RichText {
  const walk = (nodes: readonly RichTextNode[]): RichTextNode[] =>
    nodes.map((node) => ({
      ...node,
      ...(node.text === undefined ? {} : { text: f(node.text) }),
      ...(node.content ? { content: walk(node.content) } : {}),
    }));
  return { type: 'doc', content: walk(doc.content) };
}

const withoutZwsp = (text: string) => text.replace(/\u200B/g, '');
/** What UTF-8 keeps of a string: a lone surrogate becomes U+FFFD, as TextEncoder and the file writers write it. */
const wellFormed = (text: string) => new TextDecoder().decode(new TextEncoder().encode(text));
/** What a markdown tool shows: CommonMark reads U+0000 as U+FFFD. */
// eslint-disable-next-line no-control-regex -- U+0000 is the point
const markdownShown = (text: string) => wellFormed(text).replace(/\u0000/g, '\uFFFD');
/**
 * Markdown notes write a control character or noncharacter as a character reference, which
 * markdown-it reads as U+FFFD; in the astral planes too (U+1FFFF, …, U+10FFFF).
 */
const markdownNotesShown = (text: string) =>
  markdownShown(text)
    // eslint-disable-next-line no-control-regex -- control characters are the point
    .replace(/[\u0001-\u0008\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/[\u{1FFFE}-\u{10FFFF}]/gu, (char) => ((char.codePointAt(0)! & 0xfffe) === 0xfffe ? '\uFFFD' : char));
/** Numbers of ordered items aside: PowerPoint's notes number blank items, which Viva's notes leave out. */
const withoutNumbers = (text: string) => text.replace(/(^| )\d+\. /g, '$1#. ');

/** What each format shows of a line of user text. */
const SHOWN_LINE: Record<Format, (text: string) => string> = {
  pptx: (text) => squash(xmlSafeLine(text)),
  beamer: (text) => squash(printableText(text)),
  marp: (text) => squash(markdownShown(text)),
  slidev: (text) => squash(markdownShown(text)),
  reveal: (text) => squash(markdownShown(text)),
};

/**
 * A known gap of a writer, not of the readers, taken out of the generated stories: the Beamer
 * writer drops a link whose text is only spaces at a paragraph's edge.
 */
function withoutWriterGaps(story: Story, format: Format): Story {
  const fix = (doc: RichText): RichText => {
    const walk = (nodes: readonly RichTextNode[]): RichTextNode[] =>
      nodes.map((node) => {
        let next: RichTextNode = node.content ? { ...node, content: walk(node.content) } : node;
        if (format === 'beamer' && next.text !== undefined && next.text.trim() === '' && next.marks !== undefined)
          next = { ...next, marks: next.marks.filter((mark) => mark.type !== 'link') };
        return next;
      });
    return { type: 'doc', content: walk(doc.content) };
  };
  const beats = story.outline.beats.map((beat) => ({ ...beat, notes: fix(beat.notes) }));
  return { ...story, outline: { ...story.outline, beats } };
}

async function roundTrip(story: Story, format: Format) {
  const exported = await findExportFormat(format)!.build(story, { includeNotes: true });
  const bytes = typeof exported === 'string' ? new TextEncoder().encode(exported) : exported;
  const deck = await readDeck(`talk.${EXTENSIONS[format]}`, bytes);
  return { deck, exported };
}

/**
 * Each character with its marks. A surrogate pair split across two runs of the editor's text may
 * be written as one character or as two U+FFFD, by whether the writer puts markup between the
 * runs, and a character no markdown tool shows (U+10FFFF) as one U+FFFD: a character outside the
 * BMP counts as two U+FFFD, and a run of U+FFFD with the same marks as one.
 */
function markedUnits(doc: RichText, keep: (text: string) => string): string[] {
  const units = typedMarks(mapText(doc, keep)).flatMap((key) => {
    const marks = key.replace(/^[\u{10000}-\u{10FFFF}]/u, '');
    return marks === key ? [key] : [`\uFFFD${marks}`, `\uFFFD${marks}`];
  });
  return units.filter((key, i) => !(key.startsWith('\uFFFD') && units[i - 1] === key));
}

function expectSameBeats(story: Story, format: Format, deck: Awaited<ReturnType<typeof readDeck>>, exported: unknown) {
  const context = typeof exported === 'string' ? exported : format;
  expect(deck.format, context).toBe(format);
  expect(deck.slides, context).toHaveLength(story.outline.beats.length);
  story.outline.beats.forEach((beat, i) => {
    const slide = deck.slides[i]!;
    const shown = SHOWN_LINE[format];
    expect(slide.title, context).toBe(shown(beat.title) || '(untitled)');
    expect(slide.bullets, context).toEqual(beat.bullets.map(shown).filter((line) => line !== ''));
    if (format === 'slidev' || format === 'reveal') {
      const keep = (text: string) => withoutZwsp(markdownNotesShown(text));
      expect(markedUnits(slide.notes, keep), context).toEqual(markedUnits(beat.notes, keep));
    } else {
      const shown = (doc: RichText) => {
        const text = squash(withoutZwsp(typedPlainNotes(doc)));
        return format === 'pptx' ? withoutNumbers(text) : text;
      };
      // Marp's notes are one plain comment, written whole: a surrogate pair split across two runs
      // of the editor's text meets again there, so what it keeps is judged on the joined text.
      // PowerPoint and Beamer write each run on its own, so each run is judged alone.
      const expected =
        format === 'marp'
          ? squash(withoutZwsp(markdownShown(typedPlainNotes(beat.notes))))
          : shown(mapText(beat.notes, format === 'pptx' ? xmlSafeText : printableText));
      expect(shown(slide.notes), context).toBe(expected);
    }
  });
}

const FORMATS: Format[] = ['marp', 'slidev', 'reveal', 'beamer', 'pptx'];

describe.each(FORMATS)('%s: export then import gives back the beats', (format) => {
  it('for every tricky string as a title, bullet and note', async () => {
    for (const story of trickyStories()) {
      const { deck, exported } = await roundTrip(story, format);
      expectSameBeats(story, format, deck, exported);
      expect(deck.hasTitleSlide).toBe(true);
    }
  }, 60_000);

  it('for any generated story', async () => {
    await fc.assert(
      fc.asyncProperty(deckStoryArb, async (generated) => {
        const story = withoutWriterGaps(generated, format);
        const { deck, exported } = await roundTrip(story, format);
        expectSameBeats(story, format, deck, exported);
      }),
      { numRuns: format === 'pptx' ? 15 : 40 },
    );
  }, 120_000);

  it('for stories of XML-hostile text', async () => {
    await fc.assert(
      fc.asyncProperty(hostileStoryArb, async (generated) => {
        const story = withoutWriterGaps(generated, format);
        const { deck, exported } = await roundTrip(story, format);
        expectSameBeats(story, format, deck, exported);
      }),
      { numRuns: format === 'pptx' ? 10 : 25 },
    );
  }, 120_000);

  it('plans one beat per slide with the story’s budgets where the deck carries them', async () => {
    const story = trickyStories()[0]!;
    const { deck } = await roundTrip(story, format);
    const outline = deckOutline(deck, { fileName: 'talk.x', talkMs: 20 * 60_000 });
    expect(outline.beats.map((beat) => beat.title)).toEqual(deck.slides.map((slide) => slide.title ?? ''));
    if (format === 'reveal') {
      expect(outline.budgetSource).toBe('deck');
      expect(outline.beats.map((beat) => beat.budgetMs)).toEqual(story.outline.beats.map((beat) => beat.budgetMs));
    } else {
      expect(outline.budgetSource).toBe('notes');
      expect(outline.beats.reduce((sum, beat) => sum + beat.budgetMs, 0)).toBe(20 * 60_000);
    }
  });
});

describe('marp: notes written as one plain comment', () => {
  it('give back a surrogate pair split across two runs of the editor’s text as the one character it is', async () => {
    const story = trickyStories()[0]!;
    const notes: RichText = {
      type: 'doc',
      content: [
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                {
                  type: 'paragraph',
                  content: [
                    { type: 'text', text: '-' },
                    { type: 'text', text: ' \ud800' },
                    { type: 'text', text: '\udfff ' },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    const split = { ...story, outline: { ...story.outline, beats: [{ ...story.outline.beats[0]!, notes }] } };
    const { deck, exported } = await roundTrip(split, 'marp');
    expect(squash(typedPlainNotes(deck.slides[0]!.notes)), String(exported)).toBe(squash('- - \u{103FF}'));
    expectSameBeats(split, 'marp', deck, exported);
  });
});

/** A paragraph of plain words, bold, italic or code, as the importer merges them (neighbours differ in marks). */
const wordsParagraphArb: fc.Arbitrary<RichTextNode> = fc
  .array(
    fc.record({
      text: fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 3 }).map((words) => words.join(' ')),
      marks: fc.subarray(['bold', 'italic', 'code'] as const),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((runs) => ({
    type: 'paragraph',
    content: runs
      .filter((run, i) => i === 0 || run.marks.join() !== runs[i - 1]!.marks.join())
      .map((run) =>
        run.marks.length === 0
          ? { type: 'text', text: run.text }
          : { type: 'text', text: run.text, marks: run.marks.map((type) => ({ type })) },
      ),
  }));

/** Blocks with no list right after another (two neighbouring lists of one kind read back as one). */
const apart = (nodes: RichTextNode[]): RichTextNode[] =>
  nodes.filter((node, i) => !(node.type.endsWith('List') && nodes[i - 1]?.type.endsWith('List')));

/** A list as the editor holds it, its items' later blocks nesting lists up to `levels` deep in all. */
function nestedListArb(levels: number): fc.Arbitrary<RichTextNode> {
  const later = levels > 1 ? fc.oneof(wordsParagraphArb, nestedListArb(levels - 1)) : wordsParagraphArb;
  const item = fc
    .tuple(wordsParagraphArb, fc.array(later, { maxLength: 2 }))
    .map(([first, rest]): RichTextNode => ({ type: 'listItem', content: [first, ...apart(rest)] }));
  return fc
    .tuple(fc.boolean(), fc.integer({ min: 0, max: 30 }), fc.array(item, { minLength: 1, maxLength: 3 }))
    .map(([isOrdered, start, items]) =>
      isOrdered ? { type: 'orderedList', attrs: { start }, content: items } : { type: 'bulletList', content: items },
    );
}

const nestedNotesArb: fc.Arbitrary<RichText> = fc
  .array(fc.oneof(wordsParagraphArb, nestedListArb(4)), { minLength: 1, maxLength: 3 })
  .map((content) => ({ type: 'doc', content: apart(content) }));

/** A story whose beats hold these notes. */
function storyWithNotes(notes: readonly RichText[]): Story {
  const story = newStory('Nested notes', 0);
  const beats = notes.map((doc, i) => ({ ...newBeat(`Beat ${i + 1}`), notes: doc }));
  return { ...story, outline: { ...story.outline, beats } };
}

describe('pptx: nested lists in notes', () => {
  it('come back as they were, bulleted or numbered, however they nest', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(nestedNotesArb, { minLength: 1, maxLength: 3 }), async (notes) => {
        const { deck } = await roundTrip(storyWithNotes(notes), 'pptx');
        expect(deck.slides.map((slide) => slide.notes)).toEqual(notes);
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('come back nine levels deep, PowerPoint’s deepest; a tenth comes back at the ninth', async () => {
    const chain = (levels: number, words: string): RichTextNode => {
      let node: RichTextNode = { type: 'bulletList', content: [] };
      for (let level = levels; level >= 1; level--) {
        const paragraph = { type: 'paragraph', content: [{ type: 'text', text: `${words} ${level}` }] };
        const item: RichTextNode = { type: 'listItem', content: level === levels ? [paragraph] : [paragraph, node] };
        node =
          level % 2 === 0
            ? { type: 'orderedList', attrs: { start: 1 }, content: [item] }
            : { type: 'bulletList', content: [item] };
      }
      return node;
    };
    const nine: RichText = { type: 'doc', content: [chain(9, 'level')] };
    const ten: RichText = { type: 'doc', content: [chain(10, 'level')] };
    const { deck } = await roundTrip(storyWithNotes([nine, ten]), 'pptx');
    expect(deck.slides[0]!.notes).toEqual(nine);
    // The tenth level's item (numbered, the ninth's bulleted) is written at the ninth: its list
    // reads back beside the ninth's, in the eighth level's item.
    let item = deck.slides[1]!.notes.content[0]!.content![0]!;
    for (let level = 2; level <= 8; level++) item = item.content![1]!.content![0]!;
    expect(item.content!.map((node) => node.type)).toEqual(['paragraph', 'bulletList', 'orderedList']);
    expect(item.content!.slice(1).map((list) => list.content![0]!.content![0]!.content![0]!.text)).toEqual([
      'level 9',
      'level 10',
    ]);
  }, 60_000);
});
