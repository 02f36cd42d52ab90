import { Marp } from '@marp-team/marp-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proseToMarkdown } from '../../../shared/export/proseMarkdown';
import { notesScript, slideDeck } from '../../../shared/export/slideDeck';
import { docFromText, hasText } from '../../../shared/model/richText';
import { newBeat } from '../../../shared/model/outline';
import { newStory, type Story } from '../../../shared/model/story';
import { storyArb } from '../arbitraries/storyArbitrary';

const withBeats = storyArb.filter((story) => story.outline.beats.length > 0);

/** What a reader of the note sees: our invisible guards removed. */
const visible = (note: string) =>
  note
    .replace(/\u200B/g, '')
    .replace(/^Speaker notes\n/, '')
    .replace(/^(\s*) (`{3,}|~{3,})/gm, '$1$2')
    .trim();
const expectedNotes = (story: Story) =>
  story.outline.beats.map((beat) => (hasText(beat.notes) ? proseToMarkdown(beat.notes) : null));

describe('Marp deck (oracle: @marp-team/marp-core)', () => {
  const marp = new Marp();

  it('renders exactly one slide per beat with every note in place, whatever the text', () => {
    fc.assert(
      fc.property(withBeats, (story) => {
        const deck = slideDeck(story, { flavour: 'marp', includeNotes: true });
        const { comments, html } = marp.render(deck);
        expect(html.match(/<section\b/g) ?? [], deck).toHaveLength(story.outline.beats.length);
        expect(comments.map((c) => (c.length === 0 ? null : visible(c.join('\n'))))).toEqual(expectedNotes(story));
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('keeps notes that look like Marp directives as notes', () => {
    const story = newStory('Talk', 0);
    story.outline.beats = [{ ...newBeat('One'), notes: docFromText('paginate: false\ntheme: gaia') }, newBeat('Two')];
    const { comments, html } = marp.render(slideDeck(story, { flavour: 'marp', includeNotes: true }));
    expect(html).toContain('data-marpit-pagination="1"');
    expect(comments[0]!.join('\n')).toContain('paginate: false');
  }, 60_000);

  it('leaves every note out of the slides-only deck', () => {
    fc.assert(
      fc.property(withBeats, (story) => {
        const { comments, html } = new Marp().render(slideDeck(story, { flavour: 'marp', includeNotes: false }));
        expect(html.match(/<section\b/g) ?? []).toHaveLength(story.outline.beats.length);
        expect(comments.flat()).toEqual([]);
      }),
      { numRuns: 20 },
    );
  }, 60_000);
});

/** Slides as Slidev splits them: at lines starting "---" outside code fences; the head matter first. */
function slidevSlides(deck: string): { head: string; slides: string[] } {
  const parts: string[][] = [[]];
  let inFence = false;
  for (const line of deck.split('\n')) {
    if (/^```/.test(line)) inFence = !inFence;
    if (!inFence && /^---/.test(line)) parts.push([]);
    else parts[parts.length - 1]!.push(line);
  }
  const [, head, ...slides] = parts.map((p) => p.join('\n'));
  return { head: head!, slides };
}

describe('Slidev deck', () => {
  it('has the head matter with the talk length, one slide per beat, and each note as the slide’s closing comment', () => {
    fc.assert(
      fc.property(withBeats, (story) => {
        const deck = slideDeck(story, { flavour: 'slidev', includeNotes: true });
        const { head, slides } = slidevSlides(deck);
        expect(head).toContain(`duration: ${story.outline.talkMinutes}min`);
        expect(slides, deck).toHaveLength(story.outline.beats.length);
        const notes = slides.map((s) => /<!--([\s\S]*?)-->\s*$/.exec(s)?.[1] ?? null);
        expect(notes.map((n) => (n === null ? null : visible(n)))).toEqual(expectedNotes(story));
        for (const s of slides) expect(s.match(/<!--/g)?.length ?? 0).toBeLessThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('reveal.js deck', () => {
  it('has one slide per beat, its timing, and the notes marker exactly once on each slide with notes', () => {
    fc.assert(
      fc.property(withBeats, (story) => {
        const deck = slideDeck(story, { flavour: 'reveal', includeNotes: true });
        // reveal.js's default separators: a "---" line between blank lines; "Note:" (any case) at a line start.
        const slides = deck.split(/^\r?\n---\r?\n$/m);
        expect(slides, deck).toHaveLength(story.outline.beats.length);
        slides.forEach((s, i) => {
          const beat = story.outline.beats[i]!;
          expect(s).toContain(`data-timing="${beat.budgetSeconds}"`);
          expect(s.split(/^\s*notes?:/gim)).toHaveLength(hasText(beat.notes) ? 2 : 1);
        });
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('notesScript', () => {
  it('reads beat by beat with the notes under each', () => {
    const story = newStory('Talk', 0);
    story.outline.beats = [{ ...newBeat('Opening', 90), notes: docFromText('Start with the failure.') }, newBeat('Close', 30)];
    expect(notesScript(story)).toBe(
      '# Talk\n\n*Speaker notes: 2 beats, 2 minutes in all*\n\n## 1. Opening (1:30)\n\nStart with the failure.\n\n## 2. Close (0:30)\n\n*No notes for this beat.*\n',
    );
  });
});
