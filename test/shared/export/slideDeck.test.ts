import { Marp } from '@marp-team/marp-core';
import { parseSync } from '@slidev/parser/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainNotes } from '../../../shared/export/decks/plainNotes';
import { slidevNotes } from '../../../shared/export/decks/slidevNotes';
import { notesScript, slideDeck } from '../../../shared/export/slideDeck';
import { docFromText, hasText, type RichText } from '../../../shared/model/richText';
import { newBeat } from '../../../shared/model/outline';
import { newStory, type Story } from '../../../shared/model/story';
import { storyArb } from '../arbitraries/storyArbitrary';

const withBeats = storyArb.filter((story) => story.outline.beats.length > 0);

/** What a reader of a Marp note sees: our zero-width guards removed (and the guard line they may fill). */
const visible = (note: string) =>
  note
    .replace(/\n\u200B$/, '')
    .replace(/\u200B/g, '')
    .trim();

/** Each slide's notes as written: none on the title slide. */
const expectedNotes = (story: Story, write: (doc: RichText) => string) => [
  null,
  ...story.outline.beats.map((beat) => (hasText(beat.notes) ? write(beat.notes) : null)),
];

describe('Marp deck (oracle: @marp-team/marp-core)', () => {
  const marp = new Marp();

  it('renders a title slide, then exactly one slide per beat with every note in place as plain text, whatever the text', () => {
    fc.assert(
      fc.property(withBeats, (story) => {
        const deck = slideDeck(story, { flavour: 'marp', includeNotes: true });
        const { comments, html } = marp.render(deck);
        expect(html.match(/<section\b/g) ?? [], deck).toHaveLength(story.outline.beats.length + 1);
        // Marp trims a comment, so a note's leading and trailing whitespace is not kept.
        const written = (doc: RichText) => plainNotes(doc).trim();
        expect(comments.map((c) => (c.length === 0 ? null : visible(c.join('\n'))))).toEqual(expectedNotes(story, written));
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('keeps notes that look like Marp directives as notes, and the deck’s settings as written', () => {
    const story = newStory('Talk', 0);
    story.outline.beats = [{ ...newBeat('One'), notes: docFromText('paginate: false\ntheme: gaia') }, newBeat('Two')];
    const { comments, html } = marp.render(slideDeck(story, { flavour: 'marp', includeNotes: true }));
    expect(html).toContain('data-marpit-pagination="2"');
    expect(html).not.toContain('data-theme=');
    expect(visible(comments[1]!.join('\n'))).toBe('paginate: false\ntheme: gaia');
  }, 60_000);

  it('leaves every note out of the slides-only deck', () => {
    fc.assert(
      fc.property(withBeats, (story) => {
        const { comments, html } = new Marp().render(slideDeck(story, { flavour: 'marp', includeNotes: false }));
        expect(html.match(/<section\b/g) ?? []).toHaveLength(story.outline.beats.length + 1);
        expect(comments.flat()).toEqual([]);
      }),
      { numRuns: 20 },
    );
  }, 60_000);
});

describe('Slidev deck (oracle: @slidev/parser)', () => {
  it('has the head matter with the talk length, a title slide, one slide per beat, and each note as the slide’s closing comment', () => {
    fc.assert(
      fc.property(withBeats, (story) => {
        const deck = slideDeck(story, { flavour: 'slidev', includeNotes: true });
        const { slides } = parseSync(deck, 'slides.md');
        expect(slides[0]!.frontmatter['duration']).toBe(`${story.outline.talkMs / 60_000}min`);
        expect(slides, deck).toHaveLength(story.outline.beats.length + 1);
        expect(slides.map((slide) => slide.note ?? null)).toEqual(expectedNotes(story, slidevNotes));
        for (const slide of slides) expect(slide.content).not.toContain('<!--');
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('reveal.js deck', () => {
  it('has a title slide, one slide per beat, its timing, and the notes marker exactly once on each slide with notes', () => {
    fc.assert(
      fc.property(withBeats, (story) => {
        const deck = slideDeck(story, { flavour: 'reveal', includeNotes: true });
        // reveal.js 6's separators: a "---" line between slides; /^s*notes?:/im before the notes.
        const slides = deck.split(/\r?\n---\r?\n/);
        expect(slides, deck).toHaveLength(story.outline.beats.length + 1);
        expect(slides[0]).toContain('data-timing="0"');
        expect(slides[0]!.split(/^s*notes?:/gim)).toHaveLength(1);
        slides.slice(1).forEach((s, i) => {
          const beat = story.outline.beats[i]!;
          expect(s).toContain(`data-timing="${beat.budgetMs / 1000}"`);
          expect(s.split(/^s*notes?:/gim)).toHaveLength(hasText(beat.notes) ? 2 : 1);
        });
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('title slide', () => {
  it('names the talk and its event in every flavour, the date when set', () => {
    const story = { ...newStory('Why *small* models win', 0), event: { kind: 'jobTalk' as const, date: '2027-03-14' } };
    expect(slideDeck(story, { flavour: 'marp', includeNotes: true })).toContain(
      '\n# Why \\*small\\* models win\n\nJob talk · 2027-03-14\n',
    );
    expect(slideDeck(story, { flavour: 'slidev', includeNotes: true })).toContain(
      '\n# Why \\*small\\* models win\n\nJob talk · 2027-03-14\n',
    );
    expect(slideDeck(story, { flavour: 'reveal', includeNotes: true })).toMatch(
      /^<!-- \.slide: data-timing="0" -->\n# Why \\\*small\\\* models win\n\nJob talk · 2027-03-14\n/,
    );
    const other = { ...story, event: { kind: 'other' as const, date: null } };
    expect(slideDeck(other, { flavour: 'marp', includeNotes: true })).toContain('\n# Why \\*small\\* models win\n\n---\n');
  });
});

describe('notesScript', () => {
  it('reads beat by beat with the notes under each', () => {
    const story = newStory('Talk', 0);
    story.outline.beats = [
      { ...newBeat('Opening', 90_000), notes: docFromText('Start with the failure.') },
      newBeat('Close', 30_000),
    ];
    expect(notesScript(story)).toBe(
      '# Talk\n\n*Speaker notes: 2 beats, 2 minutes in all*\n\n## 1. Opening (1:30)\n\nStart with the failure.\n\n## 2. Close (0:30)\n\n*No notes for this beat.*\n',
    );
  });

  it('leaves out a list item with no text instead of writing an empty "- "', () => {
    const item = (text: string) => ({
      type: 'listItem',
      content: [{ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }],
    });
    const notes: RichText = {
      type: 'doc',
      content: [{ type: 'bulletList', content: [item('one'), item(''), item('  '), item('two')] }],
    };
    const story = newStory('Talk', 0);
    story.outline.beats = [{ ...newBeat('Opening', 60_000), notes }];
    expect(notesScript(story)).toContain('## 1. Opening (1:00)\n\n- one\n- two\n');
  });
});
