import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countSentences, SENTENCE_ABBREVIATIONS, splitSentences } from '../../../shared/text/countSentences';

describe('countSentences', () => {
  it('counts nothing in blank text or punctuation alone', () => {
    expect(countSentences('')).toBe(0);
    expect(countSentences('  \n\t ')).toBe(0);
    expect(countSentences('... !? —')).toBe(0);
  });

  it('counts sentences ended by full stops, questions and exclamations', () => {
    expect(countSentences('We index entities. Hops become a graph walk.')).toBe(2);
    expect(countSentences('Does it scale? It does! Up to 1M tokens.')).toBe(3);
    expect(countSentences('A claim with no final stop')).toBe(1);
  });

  it('does not end a sentence at abbreviations research prose uses', () => {
    const one = [
      'Sparse methods, e.g. BM25, fail on paraphrases.',
      'Dense retrieval, i.e. DPR, needs no index rebuild.',
      'Unlike Smith et al. (2024), we index entities.',
      'Unlike Smith et al. We is not a sentence start here.',
      'Our method vs. BM25 on long inputs.',
      'As Fig. 3 and Eq. 2 show, the gain holds.',
      'Accuracy w.r.t. the U.S. filings rose.',
      'See No. 5 in the table.',
      'It costs approx. 3 GPU-hours, cf. Tab. 2.',
    ];
    for (const text of one) expect(countSentences(text), text).toBe(1);
  });

  it('does not end a sentence at decimals, versions or file names', () => {
    expect(countSentences('Accuracy rose by 3.2 points with v1.4.2 of model.py.')).toBe(1);
    expect(countSentences('It rose from 62.2 to 71.3. The baseline stayed at 62.2.')).toBe(2);
  });

  it('ends a sentence after "etc." or "No." when a new sentence follows', () => {
    expect(countSentences('We tried BM25, DPR, etc. None of them held up.')).toBe(2);
    expect(countSentences('Did it help? No. It hurt.')).toBe(3);
  });

  it('keeps quotes and brackets with the sentence they close', () => {
    expect(splitSentences('They asked "does it scale?" We said yes. (It does.) Then we moved on.')).toEqual([
      'They asked "does it scale?"',
      'We said yes.',
      '(It does.)',
      'Then we moved on.',
    ]);
  });

  it('treats each line as its own sentence and skips list markers', () => {
    expect(countSentences('First claim\nSecond claim')).toBe(2);
    expect(countSentences('1. We index entities.\n2. We walk the graph.')).toBe(2);
  });

  it('continues a sentence after an ellipsis followed by a lower-case word', () => {
    expect(countSentences('We tried… and it failed.')).toBe(1);
    expect(countSentences('We tried... It failed.')).toBe(2);
  });

  it('counts full-width sentence marks with no space after them', () => {
    expect(countSentences('我们索引实体。问题变成图搜索。')).toBe(2);
  });
});

const word = fc.stringMatching(/^[a-z]{1,8}$/);
const sentence = fc
  .tuple(fc.stringMatching(/^[A-Z][a-z]{1,7}$/), fc.array(word, { maxLength: 8 }), fc.constantFrom('.', '!', '?'))
  // A sentence ending in an abbreviation ("… vs.") rightly does not end there; leave those out.
  .filter(([first, rest]) => !SENTENCE_ABBREVIATIONS.includes((rest.at(-1) ?? first).toLowerCase()))
  // Nor does a list marker standing alone ("Vi." reads as the roman numeral vi.).
  .filter(([first, rest]) => rest.length > 0 || !/^[ivx]{1,4}$/i.test(first))
  .map(([first, rest, end]) => [first, ...rest].join(' ') + end);
const inner = fc.constantFrom('e.g. BERT', 'i.e. DPR', 'Smith et al. (2024)', 'vs. BM25', '3.2 points', 'Fig. 4', 'w.r.t. GPT-4');

describe('countSentences, as properties', () => {
  it('counts n plain sentences as n', () => {
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 12 }), (sentences) => countSentences(sentences.join(' ')) === sentences.length),
    );
  });

  it('is not fooled by abbreviations or decimals inside a sentence', () => {
    const withInner = fc
      .tuple(sentence, inner)
      .map(([s, phrase]) => `${s.slice(0, -1)} ${phrase} ${s.slice(-1) === '.' ? 'held.' : 'held?'}`);
    fc.assert(
      fc.property(fc.array(withInner, { maxLength: 8 }), (sentences) => countSentences(sentences.join(' ')) === sentences.length),
    );
  });

  it('adds up over lines', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => countSentences(`${a}\n${b}`) === countSentences(a) + countSentences(b)),
    );
  });

  it('finds a sentence exactly when there is a letter or a digit', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => countSentences(text) > 0 === /[\p{L}\p{N}]/u.test(text)));
  });

  it('never counts more sentences than marks and lines allow', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const marks = text.match(/[.!?…。！？]/gu)?.length ?? 0;
        const lines = text.split(/\r?\n|\r/u).length;
        return countSentences(text) <= marks + lines;
      }),
    );
  });

  it('loses no text: the sentences hold every letter and digit, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const kept = (s: string) => s.match(/[\p{L}\p{N}]/gu)?.join('') ?? '';
        return splitSentences(text).map(kept).join('') === kept(text);
      }),
    );
  });
});
