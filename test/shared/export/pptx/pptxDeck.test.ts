import { describe, expect, it } from 'vitest';
import { SAMPLE_TITLE, sampleStory } from '../../../../shared/content/sample/sampleStory';
import { pptxDeck } from '../../../../shared/export/pptx/pptxDeck';
import { bold, doc, italic, link, numbered, para } from '../../../../shared/content/sample/prose';
import { newBeat } from '../../../../shared/model/outline';
import { newStory, type Story } from '../../../../shared/model/story';
import { readPptx } from './readPptx';

const NOW = Date.UTC(2027, 1, 14);

function storyWith(
  beats: Story['outline']['beats'],
  event: Story['event'] = { kind: 'thesisDefense', date: '2027-03-14' },
): Story {
  const story = newStory('Sparse attention, revisited', NOW);
  return { ...story, event, outline: { ...story.outline, beats } };
}

describe('pptxDeck', () => {
  it('gives the sample story a title slide and one slide per beat, titles in title placeholders', async () => {
    const story = sampleStory(NOW);
    const deck = await readPptx(await pptxDeck(story, { includeNotes: true }));
    expect(deck.slides).toHaveLength(story.outline.beats.length + 1);
    expect(deck.slides[0]!.title).toBe(SAMPLE_TITLE);
    expect(deck.slides[0]!.bullets).toEqual(['Research interview loop · 2027-03-14']);
    expect(deck.slides[0]!.layout).toEqual({ name: 'Viva title', placeholders: ['title', 'body'] });
    story.outline.beats.forEach((beat, i) => {
      const slide = deck.slides[i + 1]!;
      expect(slide.title).toBe(beat.title);
      expect(slide.bullets).toEqual(beat.bullets);
      expect(slide.layout).toEqual({ name: 'Viva beat', placeholders: ['title', 'body', 'sldNum'] });
      expect(slide.notes.length).toBeGreaterThan(200);
    });
  });

  it('is 16:9 with a 7.5 × 10 in notes page, and declares no part it lacks', async () => {
    const deck = await readPptx(await pptxDeck(sampleStory(NOW), { includeNotes: true }));
    expect(deck.slideSize).toEqual({ cx: 12_192_000, cy: 6_858_000 });
    expect(deck.notesSize).toEqual({ cx: 6_858_000, cy: 9_144_000 });
    for (const part of deck.overrides) expect(deck.parts, part).toContain(part);
    for (const part of deck.parts.filter((p) => p !== '[Content_Types].xml')) {
      const isTyped = deck.overrides.includes(part) || deck.defaults.includes(part.split('.').pop()!);
      expect(isTyped, part).toBe(true);
    }
  });

  it('leaves every notes pane empty without notes', async () => {
    const deck = await readPptx(await pptxDeck(sampleStory(NOW), { includeNotes: false }));
    expect(deck.slides.map((slide) => slide.notes)).toEqual(deck.slides.map(() => ''));
  });

  it('keeps paragraphs, list items, bold, italic and links in the notes', async () => {
    const notes = doc(
      para('The ', bold('gate'), ' decides; see ', link('the paper', 'https://arxiv.org/abs/1'), '.'),
      numbered('Lookup', [italic('then'), ' the model']),
      para(link('https://x.org', 'https://x.org')),
    );
    const deck = await readPptx(await pptxDeck(storyWith([{ ...newBeat('Method'), notes }]), { includeNotes: true }));
    const pane = deck.slides[1]!.notesParagraphs;
    expect(pane.map((p) => p.text)).toEqual([
      'The gate decides; see the paper (https://arxiv.org/abs/1).',
      '1. Lookup',
      '2. then the model',
      'https://x.org',
    ]);
    expect(pane[0]!.runs.filter((r) => r.isBold).map((r) => r.text)).toEqual(['gate']);
    expect(pane[2]!.runs.filter((r) => r.isItalic).map((r) => r.text)).toEqual(['then']);
  });

  it('says which event the talk is for, and gives an untitled beat a title', async () => {
    const beats = [{ ...newBeat('  '), bullets: ['', '  ', 'kept', '\t'] }];
    const deck = await readPptx(await pptxDeck(storyWith(beats), { includeNotes: true }));
    expect(deck.slides[0]!.bullets).toEqual(['Thesis defense · 2027-03-14']);
    expect(deck.slides[1]!.title).toBe('(untitled)');
    expect(deck.slides[1]!.bullets).toEqual(['kept']);

    const undated = await readPptx(await pptxDeck(storyWith([], { kind: 'jobTalk', date: null }), { includeNotes: true }));
    expect(undated.slides.map((s) => [s.title, s.bullets])).toEqual([['Sparse attention, revisited', ['Job talk']]]);
    const other = await readPptx(await pptxDeck(storyWith([], { kind: 'other', date: null }), { includeNotes: true }));
    expect(other.slides[0]!.bullets).toEqual([]);
  });

  it('drops the characters XML forbids and escapes the rest', async () => {
    const beats = [{ ...newBeat('a\u0001<b> & "c" ]]>\uD800'), bullets: ['x\u000By\tz 😀', '\u0007'], notes: doc('n\u0000<&>') }];
    const deck = await readPptx(await pptxDeck(storyWith(beats), { includeNotes: true }));
    expect(deck.slides[1]!.title).toBe('a<b> & "c" ]]>');
    expect(deck.slides[1]!.bullets).toEqual(['xy\tz 😀']);
    expect(deck.slides[1]!.notes).toBe('n<&>');
  });
});
