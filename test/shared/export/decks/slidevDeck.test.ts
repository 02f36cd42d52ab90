// @vitest-environment happy-dom
/*
 * Oracle: @slidev/parser splits the deck into slides (head matter, content and note) as Slidev
 * does. Slidev itself is not installed, so what shows is rendered the way its source does it
 * (slidevjs/slidev v52), with the libraries it uses:
 * - Slide content and the deck title (which its table of contents renders as markdown): markdown-it
 *   with Slidev's options (html, xhtmlOut, linkify without fuzzy links, typographer on with
 *   straight quotes: packages/slidev/node/vite/markdown.ts over unplugin-vue-markdown's defaults),
 *   Slidev's maths rules once the deck holds `$…$` (detectFeatures), then compiled and mounted by
 *   Vue, as each slide becomes a Vue component. `vue` is the copy @slidev/parser's types bring in.
 *   Vue must not warn: an evaluated `{{ x }}` warns of an unknown x.
 * - Notes: renderNote in packages/slidev/node/vite/loaders.ts: "[click]" markers replaced, then
 *   markdown-it ({ html: true }) with the maths rules. NoteDisplay.vue shows the result with
 *   v-html, so Vue never compiles notes; they are read from the DOM as they are.
 * Slidev renders with markdown-exit, a port of markdown-it 14; markdown-it 14 stands in for it.
 */
import { detectFeatures, parseSync } from '@slidev/parser/core';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { createApp } from 'vue';
import { slideDeck } from '../../../../shared/export/slideDeck';
import { newBeat } from '../../../../shared/model/outline';
import { docFromText, hasText, type RichText } from '../../../../shared/model/richText';
import { newStory, type Story } from '../../../../shared/model/story';
import { itShowsEveryStoryAsTyped } from './deckArbitraries';
import { EMPTY_LIST_ITEM, shownMarks, shownText, squash, typedMarks, typedSlide, typedText, typedTitleSlide } from './deckOracle';
import { slidevMath } from './slidevMath';

type Markdown = InstanceType<typeof MarkdownIt>;

function slideMarkdown(hasMaths: boolean): Markdown {
  const md = new MarkdownIt({ html: true, xhtmlOut: true, linkify: true, typographer: true, quotes: '""\'\'' });
  md.linkify.set({ fuzzyLink: false });
  return hasMaths ? md.use(slidevMath) : md;
}

function notesMarkdown(hasMaths: boolean): Markdown {
  const md = new MarkdownIt({ html: true });
  return hasMaths ? md.use(slidevMath) : md;
}

/** HTML as Slidev shows a slide: compiled by Vue as a component's template and mounted. */
function mountedByVue(html: string): { root: HTMLElement; warnings: string[] } {
  const root = document.createElement('div');
  const warnings: string[] = [];
  const app = createApp({ template: `<div>${html}</div>` });
  app.config.warnHandler = (message) => warnings.push(message);
  app.mount(root);
  return { root, warnings };
}

/** Slidev's renderNote: click markers, then markdown; shown with v-html. */
function shownNote(note: string, md: Markdown): HTMLElement {
  let clicks = 0;
  const marked = note.replace(/\[click(?::(\d+))?\]/gi, (_m, count = '1') => {
    clicks += Number(count);
    return `<span class="slidev-note-click-mark" data-clicks="${clicks}"></span>`;
  });
  const root = document.createElement('div');
  root.innerHTML = md.render(marked);
  return root;
}

const MARKUP = 'a, math-inline, math-block, img, table, pre, blockquote, hr, .slidev-note-click-mark';

function expectShownAsTyped(story: Story, includeNotes = true): void {
  const deck = slideDeck(story, { flavour: 'slidev', includeNotes });
  const { slides } = parseSync(deck, 'slides.md');
  expect(slides, deck).toHaveLength(story.outline.beats.length + 1);
  const hasMaths = detectFeatures(deck).katex;
  const md = slideMarkdown(hasMaths);
  const head = slides[0]!.frontmatter;
  expect(head['duration'], deck).toBe(`${story.outline.talkMs / 60_000}min`);

  const typedTitle = typedTitleSlide(story);
  const tableOfContents = mountedByVue(md.render(String(slides[0]!.title)));
  expect([shownText(tableOfContents.root), tableOfContents.warnings], deck).toEqual([typedTitle.title, []]);

  const shown = slides.map((slide) => mountedByVue(md.render(slide.content)));
  for (const { root, warnings } of shown) {
    expect(warnings, deck).toEqual([]);
    expect(root.querySelectorAll(MARKUP).length, deck).toBe(0);
  }
  expect(shownText(shown[0]!.root.querySelector('h1')!), deck).toBe(typedTitle.title);
  expect(Array.from(shown[0]!.root.querySelectorAll('p'), shownText), deck).toEqual(
    typedTitle.event === '' ? [] : [typedTitle.event],
  );
  expect(slides[0]!.note, deck).toBeUndefined();

  const notesMd = notesMarkdown(hasMaths);
  story.outline.beats.forEach((beat, i) => {
    const typed = typedSlide(beat);
    const { root } = shown[i + 1]!;
    expect(shownText(root.querySelector('h1')!), deck).toBe(typed.title);
    expect(Array.from(root.querySelectorAll('li'), shownText), deck).toEqual(typed.bullets);
    const note = slides[i + 1]!.note;
    if (!includeNotes || !hasText(beat.notes)) return expect(note, deck).toBeUndefined();
    const notes = shownNote(note ?? '', notesMd);
    expect(shownText(notes).replace(/\u200B/g, ''), deck).toBe(typedText(beat.notes));
    expect(shownMarks(notes), deck).toEqual(typedMarks(beat.notes));
    expect(notes.querySelectorAll(MARKUP.replace('a, ', '')).length, deck).toBe(0);
    expect(Array.from(notes.querySelectorAll('li'), shownText), deck).not.toContain('');
  });
  expect(deck, 'an empty list item').not.toMatch(EMPTY_LIST_ITEM);
}

describe('Slidev deck (oracle: @slidev/parser, then markdown-it and Vue as Slidev renders)', () => {
  itShowsEveryStoryAsTyped(expectShownAsTyped, 'on the slide, in the notes and in the table of contents');

  it('keeps Vue braces and maths as typed on a slide, in the title and in the table of contents', () => {
    const story = newStory('{{ 1 + 1 }} costs $5', 0);
    story.outline.beats = [{ ...newBeat('$x$ and {{ $slidev.nav.total }}'), bullets: ['{{{ x }}}', "a -- b (c) don't"] }];
    expectShownAsTyped(story);
    const { slides } = parseSync(slideDeck(story, { flavour: 'slidev', includeNotes: true }), 'slides.md');
    const { root, warnings } = mountedByVue(slideMarkdown(true).render(slides[1]!.content));
    expect([shownText(root), warnings]).toEqual(["$x$ and {{ $slidev.nav.total }} {{{ x }}} a -- b (c) don't", []]);
  }, 60_000);

  it('keeps notes as typed where Slidev reads its own syntax: click markers, comment ends, maths', () => {
    const code = { type: 'code' as const };
    const notes: RichText = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Click', marks: [{ type: 'link', attrs: { href: 'https://example.org/[click]' } }] },
            { type: 'text', text: ' $x$ a-->b [click:2] ' },
            { type: 'text', text: '[click:2] a-->b $x$', marks: [code] },
          ],
        },
      ],
    };
    const story = newStory('Talk', 0);
    story.outline.beats = [{ ...newBeat('One'), notes }];
    expectShownAsTyped(story);
  }, 60_000);

  it('needs no code-fence guard: notes lines that start with backticks do not hide the next slide', () => {
    const notes: RichText = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '``', marks: [{ type: 'code' }] }] }],
    };
    const story = newStory('Talk', 0);
    story.outline.beats = [{ ...newBeat('One'), notes }, { ...newBeat('Two'), notes: docFromText('```') }, newBeat('Three')];
    const deck = slideDeck(story, { flavour: 'slidev', includeNotes: true });
    expect(deck).toMatch(/^``` `` ```$/m);
    expect(parseSync(deck, 'slides.md').slides.map((slide) => squash(slide.title ?? ''))).toEqual([
      'Talk',
      'One',
      'Two',
      'Three',
    ]);
  }, 60_000);
});
