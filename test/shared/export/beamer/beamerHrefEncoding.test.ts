/*
 * A note linking to an address that must be percent-encoded (a space, braces, an accented
 * letter) compiles, and the PDF's link goes to that address: the encoding's "%" is written "\%",
 * since a bare "%" inside \note's argument starts a TeX comment and the file did not compile.
 */
import { describe, expect, it } from 'vitest';
import { beamerDeck } from '../../../../shared/export/beamer/beamerDeck';
import { newBeat } from '../../../../shared/model/outline';
import { newStory } from '../../../../shared/model/story';
import { compileLatex, removeCompiled, requireLatexTools } from './compileLatex';

describe('Beamer links that need percent-encoding', () => {
  it('compile, and the PDF links to the encoded address', () => {
    requireLatexTools();
    const story = newStory('Links', 0);
    const href = 'https://example.org/a b{c}/é';
    story.outline.beats = [
      {
        ...newBeat('Sources'),
        notes: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'the paper', marks: [{ type: 'link', attrs: { href } }] },
                { type: 'text', text: ' and after it' },
              ],
            },
          ],
        },
      },
    ];
    // Notes are typeset only when the deck shows them.
    const tex = beamerDeck(story, { includeNotes: true }).replace(
      '\\begin{document}',
      '\\setbeameroption{show notes}\n\\begin{document}',
    );
    const deck = compileLatex(tex, 'href-encoding');
    try {
      expect(deck.urls).toContain('https://example.org/a%20b%7Bc%7D/%C3%A9');
      expect(deck.text.replace(/\s+/g, ' ')).toContain('and after it');
    } finally {
      removeCompiled(deck);
    }
  }, 60_000);
});
