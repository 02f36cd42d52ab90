// @vitest-environment happy-dom
/*
 * Oracle: @marp-team/marp-core itself, with its KaTeX plugin so that `$…$` maths is on as in Marp
 * CLI. `render()` gives each slide's comments, which Marp CLI's presenter view shows as they are
 * (one <p> per comment, white-space: pre-wrap), and the slides' HTML, read through the DOM. Marp
 * shows an emoji as a picture, read here by its alt text. Our guards add zero-width spaces, which
 * show nothing: they are removed before comparing.
 */
import { Marp } from '@marp-team/marp-core';
import katex from '@marp-team/marp-core/plugins/katex';
import { describe, expect, it } from 'vitest';
import { slideDeck } from '../../../../shared/export/slideDeck';
import { newBeat } from '../../../../shared/model/outline';
import { docFromText, hasText, type RichText } from '../../../../shared/model/richText';
import { newStory, type Story } from '../../../../shared/model/story';
import { itShowsEveryStoryAsTyped } from './deckArbitraries';
import { EMPTY_LIST_ITEM, shownText, squash, typedPlainNotes, typedSlide, typedTitleSlide } from './deckOracle';

const marp = new Marp({ inlineSVG: false, script: false }).use(katex());

function rendered(story: Story, includeNotes = true) {
  const deck = slideDeck(story, { flavour: 'marp', includeNotes });
  const { html, comments } = marp.render(deck);
  const root = document.createElement('div');
  root.innerHTML = html;
  return { deck, root, sections: Array.from(root.querySelectorAll('section')), comments };
}

const notesShown = (comments: string[]) => (comments.length === 0 ? null : squash(comments.join('\n\n').replace(/\u200B/g, '')));

function expectShownAsTyped(story: Story, includeNotes = true): void {
  const { deck, root, sections, comments } = rendered(story, includeNotes);
  expect(sections, deck).toHaveLength(story.outline.beats.length + 1);
  const title = typedTitleSlide(story);
  expect(shownText(sections[0]!.querySelector('h1')!), deck).toBe(title.title);
  expect(Array.from(sections[0]!.querySelectorAll('p'), shownText), deck).toEqual(title.event === '' ? [] : [title.event]);
  story.outline.beats.forEach((beat, i) => {
    const section = sections[i + 1]!;
    const typed = typedSlide(beat);
    expect(shownText(section.querySelector('h1')!), deck).toBe(typed.title);
    expect(Array.from(section.querySelectorAll('li'), shownText), deck).toEqual(typed.bullets);
  });
  // Nothing typed became a link, maths or markup of its own.
  expect(root.querySelectorAll('a, .katex, img:not(.emoji), table, pre, blockquote, hr').length, deck).toBe(0);
  expect(root.querySelectorAll('p').length, deck).toBe(title.event === '' ? 0 : 1);
  expect(notesShown(comments[0]!), deck).toBeNull();
  story.outline.beats.forEach((beat, i) => {
    expect(notesShown(comments[i + 1]!), deck).toBe(includeNotes && hasText(beat.notes) ? typedPlainNotes(beat.notes) : null);
  });
  // Notes are plain text here: a typed "- " is the user's; an empty item would show as an extra marker above.
  expect(deck.replace(/<!--[\s\S]*?-->/g, ''), 'an empty bullet').not.toMatch(EMPTY_LIST_ITEM);
}

function storyWith(text: string, notes: RichText = docFromText(text)): Story {
  const story = newStory(`Talk ${text}`, 0);
  story.outline.beats = [{ ...newBeat(text), bullets: [text, ' ', text], notes }];
  return story;
}

describe('Marp deck (oracle: @marp-team/marp-core)', () => {
  itShowsEveryStoryAsTyped(expectShownAsTyped, 'on the slide and in the notes');

  it('writes notes as plain text: paragraphs, list markers, and a link’s address when its text differs', () => {
    const notes: RichText = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '# not a heading, *not* bold' }] },
        {
          type: 'orderedList',
          attrs: { start: 3, type: null },
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'third' }] }] },
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: ' ' }] }] },
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'fourth' }] }] },
          ],
        },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'see ', marks: [] },
            { type: 'text', text: 'the docs', marks: [{ type: 'link', attrs: { href: 'https://example.org/a_b' } }] },
            { type: 'text', text: ' or ' },
            { type: 'text', text: 'me@example.org', marks: [{ type: 'link', attrs: { href: 'mailto:me@example.org' } }] },
          ],
        },
      ],
    };
    const { comments } = rendered(storyWith('One', notes));
    expect(comments[1]).toEqual([
      '# not a heading, *not* bold\n\n3. third\n4. fourth\n\nsee the docs (https://example.org/a_b) or me@example.org',
    ]);
  }, 60_000);

  it('keeps notes that Marp would take as directives or lint markers as notes, and the deck’s settings unchanged', () => {
    for (const text of ['paginate: false\ntheme: gaia', 'style: slower here', '_class: lead', '{paginate}', 'prettier-ignore']) {
      const { sections, comments } = rendered(storyWith('One', docFromText(text)));
      expect(sections[1]!.getAttribute('data-marpit-pagination')).toBe('2');
      expect(sections[1]!.getAttribute('class')).toBeNull();
      expect(
        comments[1]!
          .join('\n')
          .replace(/\u200B/g, '')
          .trim(),
      ).toBe(text);
    }
  }, 60_000);

  it('adds nothing to notes that cannot be taken for settings, and needs no code-fence guard', () => {
    for (const text of ['Slow down: breathe', 'a <!-- b', '```\nfenced?\n```', 'foo: bar', '--!>']) {
      expect(rendered(storyWith('One', docFromText(text))).comments[1]).toEqual([text]);
    }
  }, 60_000);
});
