import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REVIEW_CONFIG } from '../../../shared/review/reviewConfig';
import { blankQuoted } from '../../../shared/review/text/blankQuoted';
import { splitSentences } from '../../../shared/text/countSentences';

const LIST_MARKER = /^(?:[a-z]|[ivx]{1,4})$/i;
const split = (text: string) => splitSentences(text, REVIEW_CONFIG.abbreviations);

describe('splitSentences with the review config’s abbreviations', () => {
  it('splits at full stops, question and exclamation marks', () => {
    expect(split('We retrieve. Then we read! Does it work? Yes.')).toEqual([
      'We retrieve.',
      'Then we read!',
      'Does it work?',
      'Yes.',
    ]);
  });

  it('keeps abbreviations, decimals and lower-case continuations inside a sentence', () => {
    expect(split('We compare with e.g. BM25 and DPR (Karpukhin et al. 2020). Accuracy rose by 3.5 points.')).toHaveLength(2);
    expect(split('It costs approx. ten dollars per run.')).toHaveLength(1);
    expect(split('See Fig. 3 for the curve.')).toHaveLength(1);
  });

  it('ends a sentence at a line break, so list items count one by one', () => {
    expect(split('first point\nsecond point\n\nthird point')).toEqual(['first point', 'second point', 'third point']);
  });

  it('drops blank pieces and stray punctuation', () => {
    expect(split('')).toEqual([]);
    expect(split('  ...  ')).toEqual([]);
  });

  it('counts n simple sentences as n (property)', () => {
    const lastWord = (text: string) => /(\w+)[.!?]$/.exec(text)?.[1]?.toLowerCase() ?? '';
    // A sentence ending in an abbreviation ("… al.") rightly does not end there, nor does a list
    // marker standing alone ("Vi." reads as the roman numeral vi.); leave those out.
    const sentence = fc
      .stringMatching(/^[A-Z][a-z]{1,8}( [a-z]{1,8}){0,6}[.!?]$/)
      .filter((text) => !REVIEW_CONFIG.abbreviations.includes(lastWord(text)) && !LIST_MARKER.test(text.slice(0, -1)));
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), (sentences) => {
        expect(split(sentences.join(' '))).toEqual(sentences);
      }),
    );
  });
});

describe('blankQuoted', () => {
  it('blanks every kind of quotation, keeping the length', () => {
    const text = 'He said “state of the art”, "best" and ‘better’ in `code`.';
    const blanked = blankQuoted(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).not.toMatch(/state|best|better|code/);
    expect(blanked).toMatch(/^He said .* in .*\.$/);
  });

  it('leaves apostrophes alone', () => {
    expect(blankQuoted("It's the team's best result, isn't it?")).toBe("It's the team's best result, isn't it?");
  });

  it('keeps the text outside quotations unchanged (property)', () => {
    const plain = fc.stringMatching(/^[a-z ,.]{0,30}$/);
    fc.assert(
      fc.property(plain, plain, plain, (a, inside, b) => {
        const blanked = blankQuoted(`${a}“${inside}”${b}`);
        expect(blanked).toBe(`${a}${' '.repeat(inside.length + 2)}${b}`);
      }),
    );
  });
});
