import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetText, elapsedText, remainingText } from '../../../shared/rehearsal/clockText';

describe('clock text', () => {
  it('counts elapsed time in whole seconds passed and time left rounded up', () => {
    expect(elapsedText(59_999)).toBe('0:59');
    expect(elapsedText(60_000)).toBe('1:00');
    expect(remainingText(1)).toBe('0:01');
    expect(remainingText(0)).toBe('0:00');
    expect(elapsedText(3_723_000)).toBe('1:02:03');
    expect(budgetText(900)).toBe('15:00');
    expect(elapsedText(-5)).toBe('0:00');
  });

  it('shows elapsed and left adding up to the budget at every millisecond', () => {
    const seconds = (text: string) => text.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7200 }), fc.double({ min: 0, max: 1, noNaN: true }), (budget, share) => {
        const elapsed = Math.floor(budget * 1000 * share);
        expect(seconds(elapsedText(elapsed)) + seconds(remainingText(budget * 1000 - elapsed))).toBe(budget);
      }),
    );
  });
});
