import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REVIEW_CONFIG } from '../../../shared/review/reviewConfig';
import { findUnconditionalComparatives } from '../../../shared/review/text/findComparatives';

const phrases = (text: string) => findUnconditionalComparatives(text, REVIEW_CONFIG).map((claim) => claim.phrase);

describe('findUnconditionalComparatives', () => {
  it.each([
    ['A is better than B.', ['better']],
    ['Dense retrieval outperforms BM25.', ['outperforms']],
    ['This is the state of the art.', ['state of the art']],
    ['A state-of-the-art retriever.', ['state-of-the-art']],
    ['It is the best method we know.', ['best']],
    ['Our model BEATS the baseline.', ['BEATS']],
    ['It is SOTA.', ['SOTA']],
    ['A is more accurate than B.', ['more accurate']],
  ])('flags a bare comparative: %s', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    'A is not better than B.',
    "A isn't better than B.",
    'A is no better than B.',
    'A does not consistently outperform B.',
    'It never beats the tuned baseline.',
    'A is hardly better than B.',
  ])('leaves a negated comparative alone: %s', (text) => {
    expect(phrases(text)).toEqual([]);
  });

  it.each([
    ['"not only" strengthens the claim', 'A is not only better but cheaper.', ['better']],
    ['"no other" claims superiority', 'No other method is better.', ['better']],
    ['a negation in an earlier clause does not reach the comparative', 'It is not cheap, but it is better.', ['better']],
    ['"without question" affirms', 'It is without question the best retriever.', ['best']],
  ])('still flags when %s', (_why, text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    'When latency binds, A is better.',
    'If the index fits in memory, A is better.',
    'A is better if the index fits in memory.',
    'A is better when queries are short.',
    'A is better unless the corpus changes daily.',
    'A outperforms B as long as labels are clean.',
    'Under a matched tuning budget, A outperforms B.',
    'A is better, but only on long inputs.',
    'A is better than B depending on the corpus size.',
  ])('accepts a condition word anywhere in the sentence: %s', (text) => {
    expect(phrases(text)).toEqual([]);
  });

  it.each([
    'A is better on long inputs.',
    'A is better for small labelling budgets.',
    'A is best at batch size 1.',
    'A outperforms B in low-data regimes.',
    'A is better than the strongest dense baseline at batch size 1.',
    'A beats B with fewer than 1k labels.',
    'A is better below 10 ms of latency budget.',
    'A is better than B (on long documents).',
  ])('accepts a preposition that attaches a condition after the comparative: %s', (text) => {
    expect(phrases(text)).toEqual([]);
  });

  it.each([
    'On long inputs, A is better.',
    'For small budgets A wins and is the best choice.',
    'At scale, A outperforms B.',
    'We tried both, and on long inputs A is better.',
  ])('accepts a condition that opens a clause before the comparative: %s', (text) => {
    expect(phrases(text)).toEqual([]);
  });

  it.each([
    ['In general, A is better.', ['better']],
    ['A outperforms B in general.', ['outperforms']],
    ['A outperforms B on all benchmarks.', ['outperforms']],
    ['A is better on average.', ['better']],
    ['A is better in practice.', ['better']],
    ['On every benchmark, A is the best.', ['best']],
    ['When compared with BM25, A is better.', ['better']],
    ['Once again, A beats B.', ['beats']],
    ['A is better, especially on long inputs.', ['better']],
  ])('does not mistake a sweeping phrase for a condition: %s', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    'Reviewers called it “state of the art”.',
    'The so-called "best" model failed on long inputs.',
    "The paper 'Dense retrieval is better' argues the opposite.",
    'We ran the `best_of_n` sampler.',
  ])('ignores quoted text: %s', (text) => {
    expect(phrases(text)).toEqual([]);
  });

  it('reads an apostrophe as an apostrophe, not a quotation', () => {
    expect(phrases("It's better and it's cheaper.")).toEqual(['better']);
  });

  it.each([
    'My best guess is 60 %.',
    'At best, it matches the baseline.',
    'We follow best practices for seeds.',
    'To better understand the errors, we sliced them.',
    'It is better to tune the baseline first.',
    'The talk has ten beats of two minutes; the beats of the method run longer.',
  ])('ignores idioms that claim nothing: %s', (text) => {
    expect(phrases(text)).toEqual([]);
  });

  it('judges each sentence on its own', () => {
    expect(phrases('A beats B. C is best when memory binds.')).toEqual(['beats']);
    expect(phrases('When memory binds, C is best. A beats B.')).toEqual(['beats']);
    expect(phrases('A is better.\nB is best.')).toEqual(['better', 'best']);
  });

  it('finds nothing in empty or comparative-free text', () => {
    expect(phrases('')).toEqual([]);
    expect(phrases('We index passages with BM25 and rerank them.')).toEqual([]);
  });

  it('uses the config it is given, so the word lists are easy to change', () => {
    const config = { ...REVIEW_CONFIG, comparatives: [...REVIEW_CONFIG.comparatives, 'faster'] };
    expect(findUnconditionalComparatives('A is faster.', config).map((c) => c.phrase)).toEqual(['faster']);
    expect(phrases('A is faster.')).toEqual([]);
  });

  // Random words that happen to be list words ("best", "not") would change the expected answer.
  const listWords = new Set([...REVIEW_CONFIG.comparatives, ...REVIEW_CONFIG.negations]);
  const word = fc.stringMatching(/^[a-z]{1,8}$/).filter((w) => !listWords.has(w));
  const words = fc.array(word, { minLength: 0, maxLength: 8 }).map((list) => list.join(' '));

  it('never flags a comparative inside double quotes, whatever surrounds it (property)', () => {
    fc.assert(
      fc.property(words, fc.constantFrom(...REVIEW_CONFIG.comparatives), words, (before, comparative, after) => {
        expect(phrases(`${before} “${comparative}” ${after}.`).map((p) => p.toLowerCase())).not.toContain(comparative);
        expect(phrases(`${before} "${comparative}" ${after}.`).map((p) => p.toLowerCase())).not.toContain(comparative);
      }),
    );
  });

  it('never flags a comparative in a sentence opened by "when …," (property)', () => {
    fc.assert(
      fc.property(words, fc.constantFrom(...REVIEW_CONFIG.comparatives), words, (condition, comparative, rest) => {
        expect(phrases(`When ${condition}, A is ${comparative} ${rest}.`)).toEqual([]);
      }),
    );
  });

  it('always flags "X is <comparative>." and never "X is not <comparative>." (property)', () => {
    const name = fc.stringMatching(/^[A-Z][a-z]{2,8}$/).filter((w) => !listWords.has(w.toLowerCase()));
    fc.assert(
      fc.property(name, fc.constantFrom(...REVIEW_CONFIG.comparatives), (subject, comparative) => {
        expect(phrases(`${subject} is ${comparative}.`)).toHaveLength(1);
        expect(phrases(`${subject} is not ${comparative}.`)).toEqual([]);
      }),
    );
  });
});
