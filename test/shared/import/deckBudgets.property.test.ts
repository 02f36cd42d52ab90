/*
 * Budgets for an imported deck: shares in whole seconds (as milliseconds) that always add up to the talk, in
 * proportion to the notes' words; the deck's own timings kept where it has them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deckBudgets, shareOut } from '../../../shared/import/deckBudgets';
import { docFromText } from '../../../shared/model/richText';

describe('shareOut', () => {
  it('gives whole shares that add up to the total, never negative, larger weights never smaller shares', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 14_400 }),
        fc.array(fc.integer({ min: 0, max: 5_000 }), { minLength: 1, maxLength: 200 }),
        (total, weights) => {
          const shares = shareOut(total, weights);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
          expect(shares.every((share) => Number.isInteger(share) && share >= 0)).toBe(true);
          weights.forEach((w, i) => weights.forEach((v, j) => w > v && expect(shares[i]!).toBeGreaterThanOrEqual(shares[j]!)));
        },
      ),
    );
  });
});

describe('deckBudgets', () => {
  const slide = (words: number, seconds: number | null = null) => ({
    durationMs: seconds === null ? null : seconds * 1000,
    notes: docFromText(Array(words).fill('word').join(' ')),
  });

  it('shares the talk by the words of the notes, and a slide without notes still gets a quarter of the average', () => {
    const { budgets, source } = deckBudgets([slide(300), slide(100), slide(0)], 600_000);
    expect(source).toBe('notes');
    expect(budgets.reduce((a, b) => a + b, 0)).toBe(600_000);
    expect(budgets.every((ms) => ms % 1000 === 0)).toBe(true);
    expect(budgets[0]! / budgets[1]!).toBeCloseTo(3, 1);
    expect(budgets[2]).toBe(Math.round((600 * (400 / 3 / 4)) / (400 + 400 / 3 / 4)) * 1000);
  });

  it('keeps every timing of a fully timed deck, whatever the talk length', () => {
    expect(deckBudgets([slide(5, 90), slide(500, 30)], 1_200_000)).toEqual({ budgets: [90_000, 30_000], source: 'deck' });
  });
});
