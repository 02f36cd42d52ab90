import { describe, expect, it } from 'vitest';
import { REVIEW_CONFIG } from '../../../shared/review/reviewConfig';
import { hasMeasurableQuantity, mentionsNumber } from '../../../shared/review/text/hasQuantity';

const mentions = (text: string) => mentionsNumber(text, REVIEW_CONFIG.numberWords);
const measurable = (text: string) => hasMeasurableQuantity(text, REVIEW_CONFIG.numberWords);

describe('mentionsNumber', () => {
  it('finds digits, in any position', () => {
    expect(mentions('5 seeds')).toBe(true);
    expect(mentions('std 0.4, p<0.01')).toBe(true);
    expect(mentions('tuned with 40 trials each')).toBe(true);
  });

  it('finds number words but not words that merely contain one', () => {
    expect(mentions('Five seeds per run')).toBe(true);
    expect(mentions('twice as fast')).toBe(true);
    expect(mentions('someone tuned it, often')).toBe(false);
  });

  it('reports adjectives alone as no number', () => {
    expect(mentions('')).toBe(false);
    expect(mentions('Several seeds; results were stable and significant.')).toBe(false);
  });
});

describe('hasMeasurableQuantity', () => {
  it('does not count a year as a quantity', () => {
    expect(measurable('By 2027 retrieval will matter more.')).toBe(false);
    expect(measurable('In the 2020s costs will fall.')).toBe(false);
    expect(measurable('By 2027 costs will fall by half.')).toBe(true);
    expect(measurable('Costs will fall below 0.2 cents.')).toBe(true);
  });
});
