/*
 * fast-check generators of talks for the deck exports: the story generator's text mixed with the
 * tricky strings, in titles, bullets and notes, and any event.
 */
import fc from 'fast-check';
import { it } from 'vitest';
import { EVENT_KINDS } from '../../../../shared/model/event';
import { newBeat } from '../../../../shared/model/outline';
import { docFromText, type RichText, type RichTextMark, type RichTextNode } from '../../../../shared/model/richText';
import { newStory, type Story } from '../../../../shared/model/story';
import { docArb, lineArb, listArbOf, paragraphArbOf } from '../../arbitraries/storyArbitrary';
import { TRICKY_STRINGS } from './trickyStrings';

/** A line of user text: generated, one tricky string, or a few run together. */
export const deckLineArb = fc.oneof(
  lineArb,
  fc.constantFrom(...TRICKY_STRINGS),
  fc.array(fc.constantFrom(...TRICKY_STRINGS), { minLength: 2, maxLength: 3 }).map((parts) => parts.join(' ')),
  fc.array(fc.constantFrom(...TRICKY_STRINGS), { minLength: 2, maxLength: 3 }).map((parts) => parts.join('')),
);

const link = (href: string): RichTextMark => ({
  type: 'link',
  attrs: { href, target: null, rel: null, class: null, title: null },
});
const MARKS: RichTextMark[][] = [
  [],
  [],
  [{ type: 'bold' }],
  [{ type: 'italic' }],
  [{ type: 'code' }],
  [link('https://example.org/a_b(c)?q={{x}}&n=1')],
  [link('mailto:me@example.org')],
  [link('https://example.org/[click]'), { type: 'italic' }],
];

const textArb: fc.Arbitrary<RichTextNode> = fc
  .tuple(
    deckLineArb.filter((s) => s !== ''),
    fc.constantFrom(...MARKS),
  )
  .map(([text, marks]) => (marks.length === 0 ? { type: 'text', text } : { type: 'text', text, marks }));

const paragraphArb: fc.Arbitrary<RichTextNode> = paragraphArbOf(textArb, 4);

const listArb: fc.Arbitrary<RichTextNode> = listArbOf(paragraphArb);

/** Notes with tricky text in paragraphs and lists (some items blank), or the story generator's. */
export const deckDocArb: fc.Arbitrary<RichText> = fc.oneof(
  fc
    .array(fc.oneof({ weight: 3, arbitrary: paragraphArb }, { weight: 1, arbitrary: listArb }), { minLength: 1, maxLength: 4 })
    .map((content): RichText => ({ type: 'doc', content })),
  docArb,
);

const beatArb = fc.record({
  title: deckLineArb,
  bullets: fc.array(
    fc.oneof({ weight: 4, arbitrary: deckLineArb }, { weight: 1, arbitrary: fc.constantFrom('', '   ', '\u2028') }),
    {
      maxLength: 3,
    },
  ),
  notes: deckDocArb,
  budgetSeconds: fc.integer({ min: 0, max: 600 }),
});

/** A valid story with tricky text in its title and beats, and any event. */
export const deckStoryArb: fc.Arbitrary<Story> = fc
  .record({
    title: deckLineArb.map((line) => (line.trim() === '' ? `t${line}` : line).slice(0, 200)),
    kind: fc.constantFrom(...EVENT_KINDS),
    date: fc.constantFrom(null, '2027-03-14'),
    beats: fc.array(beatArb, { maxLength: 3 }),
  })
  .map((r) => {
    const story = newStory(r.title, Date.UTC(2026, 0, 1));
    const beats = r.beats.map((b) => ({ ...newBeat(b.title, b.budgetSeconds * 1000), bullets: b.bullets, notes: b.notes }));
    return { ...story, event: { kind: r.kind, date: r.date }, outline: { ...story.outline, beats } };
  });

/**
 * The tricky strings as a few talks: each talk's title runs eight of them together, and each of
 * those eight is a beat's title, bullet (next to a blank one) and notes.
 */
export function trickyStories(): Story[] {
  const stories: Story[] = [];
  for (let i = 0; i < TRICKY_STRINGS.length; i += 8) {
    const texts = TRICKY_STRINGS.slice(i, i + 8);
    const story = newStory(texts.join(' ').slice(0, 200), 0);
    const kind = EVENT_KINDS[stories.length % EVENT_KINDS.length]!;
    const beats = texts.map((text) => ({ ...newBeat(text), bullets: [text, ' ', text], notes: docFromText(text) }));
    stories.push({ ...story, event: { kind, date: i % 16 === 0 ? '2027-03-14' : null }, outline: { ...story.outline, beats } });
  }
  return stories;
}

/**
 * The cases every synchronous flavour's oracle runs: each tricky string, then generated stories
 * with their notes and without.
 */
export function itShowsEveryStoryAsTyped(
  expectShownAsTyped: (story: Story, includeNotes?: boolean) => void,
  trickyPlaces: string,
): void {
  it(`shows every tricky string as typed ${trickyPlaces}`, () => {
    for (const story of trickyStories()) expectShownAsTyped(story);
  }, 60_000);

  it('shows any story as typed: a title slide, then one slide per beat with its notes', () => {
    fc.assert(
      fc.property(deckStoryArb, (story) => expectShownAsTyped(story)),
      { numRuns: 40 },
    );
  }, 60_000);

  it('leaves every note out of the slides-only deck', () => {
    fc.assert(
      fc.property(deckStoryArb, (story) => expectShownAsTyped(story, false)),
      { numRuns: 20 },
    );
  }, 60_000);
}
