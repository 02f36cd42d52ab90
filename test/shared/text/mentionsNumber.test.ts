import { describe, expect, it } from 'vitest';
import { mentionsNumber } from '../../../shared/text/mentionsNumber';

describe('mentionsNumber', () => {
  it('finds digits, in any position', () => {
    expect(mentionsNumber('5 seeds')).toBe(true);
    expect(mentionsNumber('std 0.4, p<0.01')).toBe(true);
    expect(mentionsNumber('tuned with 40 trials each')).toBe(true);
  });

  it('finds number words but not words that merely contain one', () => {
    expect(mentionsNumber('Five seeds per run')).toBe(true);
    expect(mentionsNumber('twice as fast')).toBe(true);
    expect(mentionsNumber('someone tuned it, often')).toBe(false);
  });

  it('reports adjectives alone as no number', () => {
    expect(mentionsNumber('')).toBe(false);
    expect(mentionsNumber('Several seeds; results were stable and significant.')).toBe(false);
  });
});
