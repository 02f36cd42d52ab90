import { describe, expect, it } from 'vitest';
import { bold, bullets, code, doc, italic, link, numbered, para } from '../../../../shared/content/sample/prose';
import { notesParagraphs, type NotesInline, type NotesParagraph } from '../../../../shared/export/pptx/notesParagraphs';
import type { RichText } from '../../../../shared/model/richText';

/** A paragraph as "text", formatted runs marked *bold*, _italic_, `code`, breaks as "⏎". */
function show(paragraph: NotesParagraph): string {
  const run = (inline: NotesInline) => {
    if (inline === 'break') return '⏎';
    let text = inline.text;
    if (inline.isCode) text = `\`${text}\``;
    if (inline.isItalic) text = `_${text}_`;
    if (inline.isBold) text = `*${text}*`;
    return text;
  };
  return `${'  '.repeat(paragraph.depth)}${paragraph.inlines.map(run).join('')}`;
}

const shown = (notes: RichText) => notesParagraphs(notes).map(show);

describe('notesParagraphs', () => {
  it('keeps paragraphs and their bold, italic and code runs', () => {
    expect(shown(doc(para('A ', bold('bold'), ' and ', italic('italic'), ' ', code('x()')), 'Second'))).toEqual([
      'A *bold* and _italic_ `x()`',
      'Second',
    ]);
  });

  it('writes list items with their markers, numbered from the list’s start, nested ones deeper', () => {
    const list = numbered('one', 'two');
    const nested = {
      ...bullets('outer'),
      content: [{ ...bullets('outer').content![0]!, content: [para('outer'), bullets('inner')] }],
    };
    expect(shown(doc({ ...list, attrs: { start: 3, type: null } }, nested))).toEqual([
      '  3. one',
      '  4. two',
      '  • outer',
      '    • inner',
    ]);
  });

  it('keeps a line break inside a paragraph as a break', () => {
    expect(shown(doc(para('a', { type: 'hardBreak' }, 'b')))).toEqual(['a⏎b']);
  });

  it('follows a link with its address, unless the text is the address', () => {
    expect(
      shown(
        doc(
          para(
            link('the paper', 'https://x.org/p'),
            '; ',
            link('me@x.org', 'mailto:me@x.org'),
            ' ',
            link('https://x.org', 'https://x.org'),
          ),
        ),
      ),
    ).toEqual(['the paper (https://x.org/p); me@x.org https://x.org']);
  });

  it('gives a link split over bold and plain text its address once', () => {
    const href = 'https://x.org/p';
    const boldLink = { ...link('paper', href), marks: [...link('paper', href).marks!, { type: 'bold' as const }] };
    expect(shown(doc(para(link('the ', href), boldLink)))).toEqual(['the *paper* (https://x.org/p)']);
  });

  it('leaves out blank paragraphs, but keeps the marker of an empty list item', () => {
    expect(shown(doc(para('  '), { type: 'paragraph' }, 'kept', bullets(' ')))).toEqual(['kept', '  • ']);
  });

  it('drops characters XML forbids from the text and the address', () => {
    expect(shown(doc(para('a\u0001b', link('x', 'https://x.org/\u0000y'))))).toEqual(['abx (https://x.org/y)']);
  });
});
