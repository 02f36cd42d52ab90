/*
 * Markdown decks written by hand, as each tool's users write them: Marp directives are settings
 * and not notes, Slidev slides with their own head matter and notes, reveal.js data-timing and
 * markdown notes; and a Beamer file written by hand.
 */
import { describe, expect, it } from 'vitest';
import { deckOutline } from '../../../shared/import/deckOutline';
import { readDeck } from '../../../shared/import/readDeck';
import { plainText } from '../../../shared/model/richText';

const read = (fileName: string, text: string) => readDeck(fileName, new TextEncoder().encode(text));

describe('hand-written decks', () => {
  it('Marp: directives and lint markers are settings; every other comment is the slide’s notes', async () => {
    const deck = await read(
      'talk.md',
      [
        '---',
        'marp: true',
        'theme: gaia',
        '---',
        '',
        '<!-- _class: lead -->',
        '# Opening',
        '',
        'Why this matters',
        '',
        '<!-- Start slowly. -->',
        '',
        '---',
        '',
        '<!-- paginate: false -->',
        '## Data',
        '',
        '* 2,000 interviews',
        '* ![chart](chart.png)',
        '',
        '```python',
        'print("hi")',
        '```',
        '',
        '<!-- prettier-ignore -->',
        '<!--',
        'Mention the consent forms.',
        '- one',
        '- two',
        '-->',
      ].join('\n'),
    );
    expect(deck.format).toBe('marp');
    expect(deck.hasTitleSlide).toBe(false);
    expect(deck.slides.map((slide) => slide.title)).toEqual(['Opening', 'Data']);
    expect(deck.slides[1]!.bullets).toEqual(['2,000 interviews', '[picture]', 'print("hi")']);
    expect(plainText(deck.slides[0]!.notes)).toBe('Start slowly.');
    expect(deck.slides[1]!.notes.content.map((node) => node.type)).toEqual(['paragraph', 'bulletList']);
  });

  it('Marp: a notes line that is only a dash is kept as text, not read as an empty list item', async () => {
    const deck = await read(
      'talk.md',
      ['---', 'marp: true', '---', '', '# Opening', '', '<!--', '- ', 'Then the result.', '-->'].join('\n'),
    );
    expect(deck.slides[0]!.notes.content.map((node) => node.type)).toEqual(['paragraph']);
    expect(plainText(deck.slides[0]!.notes).replace(/\s+/g, ' ').trim()).toBe('- Then the result.');
  });

  it('Slidev: per-slide head matter is skipped, the closing comment is the notes, the duration is the talk length', async () => {
    const deck = await read(
      'slides.md',
      [
        '---',
        'theme: seriph',
        'duration: 35min',
        '---',
        '',
        '# Talk title',
        '',
        '---',
        'layout: two-cols',
        'class: px-4',
        '---',
        '',
        '# Method',
        '',
        '- Sample',
        '  - nested detail',
        '',
        '<!-- not the notes -->',
        '',
        '| a | b |',
        '|---|---|',
        '| 1 | 2 |',
        '',
        '<!--',
        'The **key** step, see [the paper](https://example.org/p).',
        '-->',
      ].join('\n'),
    );
    expect(deck.format).toBe('slidev');
    expect(deck.title).toBe('Talk title');
    expect(deck.talkMs).toBe(35 * 60_000);
    expect(deck.slides).toHaveLength(1);
    expect(deck.slides[0]!.bullets).toEqual(['Sample', 'nested detail', 'a · b', '1 · 2']);
    const paragraph = deck.slides[0]!.notes.content[0]!.content!;
    expect(paragraph.find((node) => node.text === 'key')!.marks).toEqual([{ type: 'bold' }]);
    expect(paragraph.find((node) => node.text === 'the paper')!.marks).toEqual([
      { type: 'link', attrs: { href: 'https://example.org/p' } },
    ]);
    expect(deckOutline(deck, { fileName: 'slides.md' }).talkMs).toBe(35 * 60_000);
  });

  it('reveal.js: data-timing budgets and markdown notes after "Note:"', async () => {
    const deck = await read(
      'reveal.md',
      [
        '<!-- .slide: data-timing="120" -->',
        '## Problem',
        '',
        '- Slow',
        '',
        'Note:',
        'Stress *slow*.',
        '',
        '---',
        '',
        '<!-- .slide: data-timing="60" -->',
        '## Fix',
        '',
        'Notes: short one',
      ].join('\n'),
    );
    expect(deck.format).toBe('reveal');
    expect(deck.slides.map((slide) => [slide.title, slide.durationMs])).toEqual([
      ['Problem', 120_000],
      ['Fix', 60_000],
    ]);
    expect(plainText(deck.slides[1]!.notes)).toBe('short one');
    const outline = deckOutline(deck, { fileName: 'reveal.md' });
    expect(outline.budgetSource).toBe('deck');
    expect(outline.talkMs).toBe(3 * 60_000);
  });

  it('Beamer written by hand: frame titles as arguments, items, text, \\note with emphasis and lists', async () => {
    const deck = await read(
      'talk.tex',
      String.raw`\documentclass{beamer}
\title{Sparse Attention at Scale}
\begin{document}
\frame{\titlepage}
\begin{frame}{Motivation}
  Long documents % a comment that is not shown
  \begin{itemize}
    \item Quadratic cost \emph{hurts}
    \item Memory: 80\,GB \& more
  \end{itemize}
  \note{Say \textbf{why} now.

  \begin{enumerate}\item first \item second\end{enumerate}}
\end{frame}
\end{document}`,
    );
    expect(deck.format).toBe('beamer');
    expect(deck.title).toBe('Sparse Attention at Scale');
    expect(deck.slides.map((slide) => slide.title)).toEqual(['Motivation']);
    expect(deck.slides[0]!.bullets).toEqual(['Long documents', 'Quadratic cost hurts', 'Memory: 80 GB & more']);
    expect(deck.slides[0]!.notes.content.map((node) => node.type)).toEqual(['paragraph', 'orderedList']);
    expect(deck.slides[0]!.notes.content[0]!.content![1]).toEqual({ type: 'text', text: 'why', marks: [{ type: 'bold' }] });
  });
});
