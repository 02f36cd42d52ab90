import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BEATS } from '../../../shared/model/outline';
import { BUDGET_STEP_MS, scaleBudgets } from '../../../shared/story/scaleBudgets';

describe('scaleBudgets', () => {
  it('stretches the default 20-minute talk to 30 minutes in proportion', () => {
    const scaled = scaleBudgets(
      DEFAULT_BEATS.map((b) => b.budgetMs),
      30 * 60_000,
    );
    expect(scaled.map((ms) => ms / 1000)).toEqual([180, 180, 180, 270, 180, 270, 135, 135, 135, 135]);
  });

  it('shares the time equally when every budget is zero', () => {
    expect(scaleBudgets([0, 0, 0], 60_000)).toEqual([20_000, 20_000, 20_000]);
  });

  it('returns nothing for no beats', () => {
    expect(scaleBudgets([], 600_000)).toEqual([]);
  });

  it('always adds up to the talk length, in steps, keeping the order of sizes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3_600_000 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 240 }),
        (budgets, minutes) => {
          const scaled = scaleBudgets(budgets, minutes * 60_000);
          expect(scaled.reduce((a, b) => a + b, 0)).toBe(minutes * 60_000);
          for (const s of scaled) expect(s % BUDGET_STEP_MS).toBe(0);
          for (let i = 0; i < budgets.length; i++)
            for (let j = 0; j < budgets.length; j++)
              if (budgets[i]! > budgets[j]!) expect(scaled[i]!).toBeGreaterThanOrEqual(scaled[j]!);
        },
      ),
    );
  });
});
