/*
 * Decks not made by Viva, built part by part: slide order from the presentation's list, titles
 * from title placeholders (and "Slide N" when there is none), text in shapes, tables and groups,
 * pictures and charts as "[picture]", slide numbers, footers and dates left out, hidden slides
 * skipped and counted, notes with their formatting, lists (nested by their list level, however
 * odd the level) and links (a notes page holding only the slide number is empty), and advance
 * times as the beats' budgets.
 */
import { describe, expect, it } from 'vitest';
import { deckOutline } from '../../../shared/import/deckOutline';
import { readDeck } from '../../../shared/import/readDeck';
import { checkDoc } from '../../../shared/backup/checkRichText';
import { plainText, richTextSchema, type RichText, type RichTextNode } from '../../../shared/model/richText';
import {
  chart,
  group,
  handBuiltPptx,
  para,
  paraWith,
  picture,
  placeholder,
  slideNumberField,
  table,
  textBox,
} from './handBuiltPptx';

const read = async (bytes: Uint8Array) => readDeck('deck.pptx', bytes);

/** The notes of a one-slide deck whose notes page holds these paragraphs. */
async function notesOf(paragraphs: string): Promise<RichText> {
  const deck = await read(
    await handBuiltPptx([{ shapes: placeholder('title', para('One')) + placeholder('body', para('x')), notes: paragraphs }]),
  );
  return deck.slides[0]!.notes;
}

const bullet = (lvl: string, text: string) => paraWith(`lvl="${lvl}"`, '<a:buChar char="•"/>', text);
const numbered = (lvl: string, text: string, startAt = '') =>
  paraWith(`lvl="${lvl}"`, `<a:buAutoNum type="arabicPeriod"${startAt === '' ? '' : ` startAt="${startAt}"`}/>`, text);
const p = (text: string): RichTextNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const li = (text: string, ...nested: RichTextNode[]): RichTextNode => ({ type: 'listItem', content: [p(text), ...nested] });
const ul = (...items: RichTextNode[]): RichTextNode => ({ type: 'bulletList', content: items });
const ol = (start: number, ...items: RichTextNode[]): RichTextNode => ({ type: 'orderedList', attrs: { start }, content: items });

/** Whether the notes are a document Viva stores and its editor opens. */
function expectValid(notes: RichText) {
  expect(richTextSchema.safeParse(notes).success).toBe(true);
  expect(checkDoc(notes)).toBeNull();
}

describe('a PowerPoint deck made elsewhere', () => {
  it('reads slides in the presentation’s order, with titles, shapes, tables, groups and pictures', async () => {
    const deck = await read(
      await handBuiltPptx(
        [
          {
            shapes:
              placeholder('title', para('Methods')) +
              placeholder('body', para('Sampling') + para('') + para('Coding', ' scheme')) +
              placeholder('ftr', para('ACL 2027'), 6) +
              placeholder('dt', para('3/14/2027'), 7) +
              placeholder('sldNum', para(slideNumberField(2)), 8),
            notes: para('Explain the coding.'),
          },
          {
            shapes:
              textBox(para('A box with words')) +
              table([
                ['Model', 'F1'],
                ['Ours', '0.91'],
                ['', ''],
              ]) +
              group(textBox(para('Grouped'), 10), group(textBox(para('Deeper'), 11)), picture) +
              chart,
            notes: para('Tables too.'),
          },
          { shapes: placeholder('title', para('Opening')), notes: para('Welcome everyone.') },
        ],
        [3, 1, 2],
      ),
    );
    expect(deck.hasTitleSlide).toBe(false);
    expect(deck.slides.map((slide) => slide.title)).toEqual(['Opening', 'Methods', null]);
    expect(deck.slides[1]!.bullets).toEqual(['Sampling', 'Coding scheme']);
    expect(deck.slides[2]!.bullets).toEqual([
      'A box with words',
      'Model · F1',
      'Ours · 0.91',
      'Grouped',
      'Deeper',
      '[picture]',
      '[picture]',
    ]);
    const outline = deckOutline(deck, { fileName: 'deck.pptx', talkMs: 10 * 60_000 });
    expect(outline.beats.map((beat) => beat.title)).toEqual(['Opening', 'Methods', 'Slide 3']);
    expect(outline.notices).toContain('1 slide has no title and is named after its number (“Slide 3”).');
  });

  it('skips hidden slides and says how many', async () => {
    const deck = await read(
      await handBuiltPptx([
        { shapes: placeholder('title', para('Shown')) + placeholder('body', para('a')), notes: para('n') },
        { shapes: placeholder('title', para('Backup slide')), attributes: 'show="0"' },
        { shapes: placeholder('title', para('Also shown')) + placeholder('body', para('b')), notes: para('m') },
      ]),
    );
    expect(deck.slides.map((slide) => slide.title)).toEqual(['Shown', 'Also shown']);
    expect(deck.hiddenSkipped).toBe(1);
    expect(deck.slides.map((slide) => slide.number)).toEqual([1, 3]);
    expect(deckOutline(deck, { fileName: 'd.pptx' }).notices).toContain('1 hidden slide was left out.');
  });

  it('reads notes with bold, italic, bullets, numbers and links, and leaves a slide-number-only page empty', async () => {
    const deck = await read(
      await handBuiltPptx([
        {
          shapes: placeholder('title', para('One')) + placeholder('body', para('x')),
          notes:
            para(
              '<a:r><a:rPr b="1"/><a:t>Bold</a:t></a:r>',
              '<a:r><a:t> and </a:t></a:r>',
              '<a:r><a:rPr i="1"/><a:t>italic</a:t></a:r>',
            ) +
            para('• first point') +
            para('• second point') +
            para('1. step one') +
            para('2. step two') +
            para('<a:r><a:rPr><a:hlinkClick r:id="rIdL"/></a:rPr><a:t>the paper</a:t></a:r>'),
          notesLinks: { rIdL: 'https://example.org/paper' },
        },
        { shapes: placeholder('title', para('Two')) + placeholder('body', para('y')), notes: para(slideNumberField(2)) },
      ]),
    );
    const notes = deck.slides[0]!.notes;
    expect(notes.content.map((node) => node.type)).toEqual(['paragraph', 'bulletList', 'orderedList', 'paragraph']);
    expect(notes.content[0]!.content).toEqual([
      { type: 'text', text: 'Bold', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' and ' },
      { type: 'text', text: 'italic', marks: [{ type: 'italic' }] },
    ]);
    expect(plainText(notes)).toContain('first point\nsecond point\nstep one\nstep two');
    expect(notes.content[3]!.content![0]!.marks).toEqual([{ type: 'link', attrs: { href: 'https://example.org/paper' } }]);
    expect(deck.slides[1]!.notes.content).toEqual([]);
  });

  it('nests list items by their level: bullets and numbers, counted per list, with an indented paragraph in its item', async () => {
    const notes = await notesOf(
      bullet('0', 'Why it fails') +
        numbered('1', 'data drift') +
        numbered('1', 'label noise') +
        bullet('2', 'seen in 3 of 5 sites') +
        paraWith('lvl="1" marL="685800"', '<a:buNone/>', 'and worse in winter') +
        bullet('0', 'What we did') +
        numbered('1', 'retrained', '4') +
        numbered('1', 'relabelled', '4') +
        para('Then the demo.'),
    );
    expect(notes.content).toEqual([
      ul(
        li('Why it fails', ol(1, li('data drift'), li('label noise', ul(li('seen in 3 of 5 sites')), p('and worse in winter')))),
        li('What we did', ol(4, li('retrained'), li('relabelled'))),
      ),
      p('Then the demo.'),
    ]);
    expectValid(notes);
  });

  it('nests markers written as text by their level, a skipped level under the item before', async () => {
    const marked = (lvl: number, text: string) => paraWith(`lvl="${lvl}"`, '', text);
    const notes = await notesOf(
      marked(0, '• top') +
        marked(2, '1. two deeper') +
        marked(2, '2. and again') +
        marked(1, '3. one deeper') +
        marked(1, '• a bullet beside') +
        marked(0, '• top again'),
    );
    expect(notes.content).toEqual([
      // Back from level 2 to 1 with no list of level 1 open: the level-2 list is taken as it.
      ul(li('top', ol(1, li('two deeper'), li('and again'), li('one deeper')), ul(li('a bullet beside'))), li('top again')),
    ]);
    expectValid(notes);
  });

  it('nests by the left margin, in quarter inches, on a page that states no list levels (as LibreOffice saves it)', async () => {
    const at = (marL: number, text: string) => paraWith(`marL="${marL}" indent="0"`, '<a:buNone/>', text);
    const notes = await notesOf(
      at(0, '• top') + at(228600, '1. deeper') + at(457200, '• deepest') + at(402336, 'still in deeper') + at(0, '• top again'),
    );
    expect(notes.content).toEqual([ul(li('top', ol(1, li('deeper', ul(li('deepest')), p('still in deeper')))), li('top again'))]);
    expectValid(notes);
  });

  it('reads a list level out of range or unreadable as the nearest one PowerPoint has, into a valid document', async () => {
    const notes = await notesOf(
      bullet('99', 'starts far too deep') +
        bullet('0', 'top') +
        bullet('99', 'deepest') +
        bullet('-1', 'negative') +
        bullet('abc', 'not a number') +
        bullet('', 'blank') +
        bullet('1.5', 'half') +
        numbered('99999999999999999999', 'huge') +
        paraWith('lvl="-1" marL="-5"', '<a:buNone/>', 'plain again'),
    );
    expectValid(notes);
    expect(plainText(notes)).toBe('starts far too deep\ntop\ndeepest\nnegative\nnot a number\nblank\nhalf\nhuge\nplain again');
    expect(notes.content.map((node) => node.type)).toEqual(['bulletList', 'paragraph']);
    expect(notes.content[0]!.content!.map((item) => item.content![0]!.content![0]!.text)).toEqual([
      'starts far too deep',
      'top',
      'negative',
      'not a number',
      'blank',
      'half',
    ]);
    // Levels 0, 1, 2, … one under another: a list inside the item before for each, nine at most (lvl 8).
    for (let depth = 1; depth <= 9; depth++) {
      const notesAt = await notesOf(Array.from({ length: depth + 3 }, (_, lvl) => bullet(String(lvl), `level ${lvl}`)).join(''));
      expectValid(notesAt);
      let node: RichTextNode | undefined = notesAt.content[0];
      let lists = 0;
      while (node !== undefined) {
        lists += 1;
        node = node.content!.at(-1)!.content![1];
      }
      expect(lists).toBe(Math.min(depth + 3, 9));
    }
  });

  it('takes the budgets from advance times, and says so; untimed slides share the rest by their notes', async () => {
    const timed = (seconds: number) => `<p:transition advTm="${seconds * 1000}"/>`;
    const alternate = (seconds: number) =>
      `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="p14"><p:transition advTm="${seconds * 1000}"/></mc:Choice><mc:Fallback><p:transition advTm="${seconds * 1000}"/></mc:Fallback></mc:AlternateContent>`;
    const deck = await read(
      await handBuiltPptx([
        { shapes: placeholder('title', para('A')) + placeholder('body', para('a')), after: timed(90), notes: para('one two') },
        { shapes: placeholder('title', para('B')) + placeholder('body', para('b')), after: alternate(150), notes: para('three') },
      ]),
    );
    const outline = deckOutline(deck, { fileName: 'd.pptx' });
    expect(outline.budgetSource).toBe('deck');
    expect(outline.beats.map((beat) => beat.budgetMs)).toEqual([90_000, 150_000]);
    expect(outline.talkMs).toBe(4 * 60_000);
    expect(outline.notices).toContain('Time budgets come from the deck’s own slide timings.');

    const mixed = await read(
      await handBuiltPptx([
        { shapes: placeholder('title', para('A')) + placeholder('body', para('a')), after: timed(120), notes: para('x') },
        { shapes: placeholder('title', para('B')) + placeholder('body', para('b')), notes: para('one two three four five six') },
        { shapes: placeholder('title', para('C')) + placeholder('body', para('c')), notes: para('one two') },
      ]),
    );
    const mixedOutline = deckOutline(mixed, { fileName: 'd.pptx', talkMs: 10 * 60_000 });
    expect(mixedOutline.budgetSource).toBe('mixed');
    expect(mixedOutline.beats.map((beat) => beat.budgetMs)).toEqual([120_000, 360_000, 120_000]);
  });
});
