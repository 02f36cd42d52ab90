// @vitest-environment happy-dom
/*
 * Oracle: reveal.js 6's own markdown plugin. A deck in a file (`<section data-markdown="deck.md">`)
 * goes through the plugin's slidify (its separators: a "---" line between slides, a line
 * matching /^s*notes?:/i before the notes, which it renders with marked into <aside
 * class="notes">) and then convertSlides (marked over each slide, `.slide:` comments to
 * attributes). Both run here on the DOM of happy-dom; the speaker view shows the aside.
 */
import Markdown from 'reveal.js/plugin/markdown';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { slideDeck } from '../../../../shared/export/slideDeck';
import { newBeat } from '../../../../shared/model/outline';
import { docFromText, hasText, type RichText } from '../../../../shared/model/richText';
import { newStory, type Story } from '../../../../shared/model/story';
import { deckStoryArb, trickyStories } from './deckArbitraries';
import { EMPTY_LIST_ITEM, shownMarks, shownText, typedMarks, typedSlide, typedText, typedTitleSlide } from './deckOracle';

const root = document.createElement('div');
const plugin = Markdown();

beforeAll(async () => {
  // The plugin reads only these two from Reveal; the root holds no slides yet.
  await plugin.init?.({ getConfig: () => ({}), getRevealElement: () => root } as unknown as Parameters<
    NonNullable<typeof plugin.init>
  >[0]);
});

/** The slides reveal.js makes of a markdown file, as processSlides does for `data-markdown="deck.md"`. */
async function revealSlides(deck: string): Promise<HTMLElement[]> {
  root.innerHTML = plugin.slidify(deck, {});
  await plugin.convertSlides();
  return Array.from(root.querySelectorAll<HTMLElement>(':scope > section'));
}

async function expectShownAsTyped(story: Story, includeNotes = true): Promise<void> {
  const deck = slideDeck(story, { flavour: 'reveal', includeNotes });
  const sections = await revealSlides(deck);
  expect(sections, deck).toHaveLength(story.outline.beats.length + 1);
  const title = typedTitleSlide(story);
  expect(sections[0]!.getAttribute('data-timing'), deck).toBe('0');
  expect(shownText(sections[0]!.querySelector('h1')!), deck).toBe(title.title);
  expect(Array.from(sections[0]!.querySelectorAll('p'), shownText), deck).toEqual(title.event === '' ? [] : [title.event]);
  for (const section of sections) {
    expect(section.querySelectorAll(':scope > :not(aside) a, table, pre, blockquote, hr, script').length, deck).toBe(0);
  }
  expect(sections[0]!.querySelector('aside.notes'), deck).toBeNull();
  story.outline.beats.forEach((beat, i) => {
    const section = sections[i + 1]!;
    const typed = typedSlide(beat);
    expect(section.getAttribute('data-timing'), deck).toBe(String(beat.budgetMs / 1000));
    expect(shownText(section.querySelector('h1')!), deck).toBe(typed.title);
    expect(Array.from(section.querySelectorAll(':scope > ul > li'), shownText), deck).toEqual(typed.bullets);
    const notes = section.querySelectorAll('aside.notes');
    if (!includeNotes || !hasText(beat.notes)) return expect(notes, deck).toHaveLength(0);
    expect(notes, deck).toHaveLength(1);
    expect(shownText(notes[0]!).replace(/\u200B/g, ''), deck).toBe(typedText(beat.notes));
    expect(shownMarks(notes[0]!), deck).toEqual(typedMarks(beat.notes));
    expect(Array.from(notes[0]!.querySelectorAll('li'), shownText), deck).not.toContain('');
  });
  expect(deck, 'an empty list item').not.toMatch(EMPTY_LIST_ITEM);
}

describe('reveal.js deck (oracle: reveal.js 6 markdown plugin)', () => {
  it('shows every tricky string as typed on the slide and in the notes', async () => {
    for (const story of trickyStories()) await expectShownAsTyped(story);
  }, 60_000);

  it('shows any story as typed: a title slide, then one timed slide per beat with its notes', async () => {
    await fc.assert(
      fc.asyncProperty(deckStoryArb, (story) => expectShownAsTyped(story)),
      { numRuns: 40 },
    );
  }, 60_000);

  it('leaves every note out of the slides-only deck', async () => {
    await fc.assert(
      fc.asyncProperty(deckStoryArb, (story) => expectShownAsTyped(story, false)),
      { numRuns: 20 },
    );
  }, 60_000);

  it('keeps a typed notes marker, even reveal.js’s "snotes:", where it is typed: titles, bullets, their later lines, notes', async () => {
    const story = newStory('Talk', 0);
    const bullets = ['notes: bullet', 'first\u2028Note: second line', 'x\u2028snotes: y'];
    story.outline.beats = [
      { ...newBeat('Note: title'), bullets, notes: docFromText('Note: one\nsnotes: two\nNOTES: three') },
      newBeat('Two'),
    ];
    await expectShownAsTyped(story);
    const sections = await revealSlides(slideDeck(story, { flavour: 'reveal', includeNotes: true }));
    expect(shownText(sections[1]!.querySelector('aside.notes')!)).toBe('Note: one snotes: two NOTES: three');
  }, 60_000);

  it('keeps notes as typed where marked or reveal.js read their own syntax: links, code, "__SCRIPT_END__"', async () => {
    const link = { type: 'link' as const, attrs: { href: 'https://example.org/__SCRIPT_END__' } };
    const notes: RichText = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '[ok](x) http://x.io\\*', marks: [link] },
            { type: 'text', text: '_<', marks: [{ type: 'italic' }] },
            { type: 'text', text: '>__SCRIPT_END__ ' },
            { type: 'text', text: '__SCRIPT_END__ </script>', marks: [{ type: 'code' }] },
          ],
        },
      ],
    };
    const story = newStory('Talk', 0);
    story.outline.beats = [{ ...newBeat('One'), notes }];
    await expectShownAsTyped(story);
  }, 60_000);
});
