import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeLatex } from '../../../../shared/export/beamer/escapeLatex';
import { printableText } from '../../../../shared/export/beamer/printableText';
import { lineArb } from '../../arbitraries/storyArbitrary';
import { typesetText } from './typesetText';

/** Any UTF-16 text, lone surrogates and controls included, ASCII more often (fast-check's own unicode strings are slow to build). */
const anyTextArb = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 0, max: 0x7f }) },
      { weight: 2, arbitrary: fc.integer({ min: 0x80, max: 0xffff }) },
      { weight: 1, arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }) },
    ),
    { maxLength: 40 },
  )
  .map((codes) => codes.map((code) => (code > 0xffff ? String.fromCodePoint(code) : String.fromCharCode(code))).join(''));

describe('escapeLatex', () => {
  it.each([
    ['#1 $x$ 50% a&b snake_case', '\\#1 \\$x\\$ 50\\% a\\&b snake\\_case'],
    ['\\end{frame}', '\\textbackslash{}end\\{frame\\}'],
    ['{{ }}', '\\{\\{ \\}\\}'],
    ['~ ^^', '\\textasciitilde{} \\textasciicircum{}\\textasciicircum{}'],
    ['`quote\' "q"', '\\textasciigrave{}quote\\textquotesingle{} \\textquotedbl{}q\\textquotedbl{}'],
    ['?` !`', '?\\textasciigrave{} !\\textasciigrave{}'],
    ['a -- b --- c', 'a -{}- b -{}-{}- c'],
    [',,low', ',{},low'],
    ['<< >> |', '\\textless{}\\textless{} \\textgreater{}\\textgreater{} \\textbar{}'],
    ['[x] done', '{[}x{]} done'],
    ['a   b', 'a \\ \\ b'],
  ])('writes %j so that it prints as typed', (text, latex) => {
    expect(escapeLatex(text)).toBe(latex);
  });

  it('drops control and invisible characters, and makes tabs and odd spaces plain spaces', () => {
    expect(escapeLatex('a\u0000b\u0007c\u007fd\u0085e')).toBe('abcde');
    expect(escapeLatex('zero\u200Bwidth\u200D joiner\uFE0F')).toBe('zerowidth joiner');
    expect(escapeLatex('tab\tem\u2003space')).toBe('tab em space');
    expect(escapeLatex('no\u00A0break')).toBe('no\u00A0break');
    expect(escapeLatex('lone \uD800 surrogate')).toBe('lone \uFFFD surrogate');
  });

  it('lets long runs without a space break, at punctuation first', () => {
    expect(escapeLatex('https://example.org/some/long/path')).toBe(
      'https://example.\\allowbreak{}org/some/long/\\allowbreak{}path',
    );
    expect(escapeLatex('x'.repeat(50))).toBe(`${'x'.repeat(24)}\\allowbreak{}${'x'.repeat(24)}\\allowbreak{}xx`);
    expect(escapeLatex('short words stay whole')).not.toContain('allowbreak');
  });

  it('never breaks before a combining mark', () => {
    const latex = escapeLatex(`${'e'.repeat(23)}e\u0301${'e'.repeat(10)}`);
    expect(latex).not.toContain('\\allowbreak{}\u0301');
  });

  it('prints any line exactly as typed, less what LaTeX cannot carry', () => {
    fc.assert(
      fc.property(fc.oneof(lineArb, anyTextArb), (text) => {
        expect(typesetText(escapeLatex(text))).toBe(printableText(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes only ASCII markup around the text: nothing else is added', () => {
    fc.assert(
      fc.property(anyTextArb, (text) => {
        const added = [...escapeLatex(text)].filter((char) => !text.includes(char));
        expect(added.every((char) => char.charCodeAt(0) < 0x80 || char === '\uFFFD')).toBe(true);
      }),
    );
  });
});
