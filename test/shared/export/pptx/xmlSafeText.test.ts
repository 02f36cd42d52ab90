import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xmlSafeLine, xmlSafeText } from '../../../../shared/export/pptx/xmlSafeText';
import { xmlChars } from './expectedDeckText';

/** Any UTF-16 text, lone surrogates included, weighted to controls and the edges of the BMP. */
const anyTextArb = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0x7f }),
      fc.integer({ min: 0xd7f0, max: 0xe010 }),
      fc.integer({ min: 0xfff0, max: 0x1f64f }),
      fc.integer({ min: 0, max: 0x10ffff }),
    ),
    { maxLength: 40 },
  )
  .map((codePoints) => codePoints.map((codePoint) => String.fromCodePoint(codePoint)).join(''));

describe('xmlSafeText', () => {
  it.each([
    ['NUL and other C0 controls', 'a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg', 'abcdefg'],
    ['the noncharacters U+FFFE and U+FFFF', 'a\uFFFEb\uFFFF', 'ab'],
    ['lone surrogates, high or low', '\uD800a\uDFFFb\uDBFF', 'ab'],
  ])('removes %s', (_what, text, expected) => {
    expect(xmlSafeText(text)).toBe(expected);
  });

  it('keeps tab, newline, carriage return, emoji, U+FFFD and everything printable', () => {
    const text = 'tab\there\nline\rcr 😀 👩‍🔬 \uFFFD é 漢 \u2028 \u0085 <&>';
    expect(xmlSafeText(text)).toBe(text);
  });

  it('removes exactly the code points XML 1.0 forbids, from any text', () => {
    fc.assert(
      fc.property(anyTextArb, (text) => {
        expect(xmlSafeText(text)).toBe(xmlChars(text));
      }),
      { numRuns: 200 },
    );
  });
});

describe('xmlSafeLine', () => {
  it('turns carriage returns and newlines into spaces, so a one-line field stays one line', () => {
    expect(xmlSafeLine('a\rb\r\nc\nd\u0001')).toBe('a b c d');
  });
});
