/*
 * Decks not made by Viva, built part by part: slide order from the presentation's list, titles
 * from title placeholders (and "Slide N" when there is none), text in shapes, tables and groups,
 * pictures and charts as "[picture]", slide numbers, footers and dates left out, hidden slides
 * skipped and counted, notes with their formatting, lists and links (a notes page holding only
 * the slide number is empty), and advance times as the beats' budgets.
 */
import { describe, expect, it } from 'vitest';
import { deckOutline } from '../../../shared/import/deckOutline';
import { readDeck } from '../../../shared/import/readDeck';
import { plainText } from '../../../shared/model/richText';
import { chart, group, handBuiltPptx, para, picture, placeholder, slideNumberField, table, textBox } from './handBuiltPptx';

const read = async (bytes: Uint8Array) => readDeck('deck.pptx', bytes);

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
