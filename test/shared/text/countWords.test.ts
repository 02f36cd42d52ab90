import { describe, expect, it } from 'vitest';
import { countWords } from '../../../shared/text/countWords';

describe('countWords', () => {
  it('counts words, not punctuation or spaces', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   \n\t ')).toBe(0);
    expect(countWords('We beat the baseline — by 3.2 points.')).toBe(8);
  });

  it('keeps contractions and hyphenated words whole', () => {
    expect(countWords("It's a state-of-the-art model; don’t panic")).toBe(6);
  });

  it('counts words in other scripts', () => {
    expect(countWords('Über naïve café 東京')).toBe(4);
  });
});
