import { SECOND_MS } from '../time/duration';

/** The step budgets are rounded to when scaled: five seconds reads well and adds up exactly. */
export const BUDGET_STEP_MS = 5 * SECOND_MS;

/**
 * Beat budgets (ms) scaled to fill `totalMs`, keeping their proportions: each is rounded to
 * BUDGET_STEP_MS and the remainders go to the largest fractions, so the result adds up to
 * exactly `totalMs` when that is a multiple of the step. Budgets that are all zero are
 * shared out equally.
 */
export function scaleBudgets(budgets: readonly number[], totalMs: number): number[] {
  if (budgets.length === 0) return [];
  const steps = Math.floor(Math.max(0, totalMs) / BUDGET_STEP_MS);
  const weights = budgets.map((b) => Math.max(0, b));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => (weightSum === 0 ? steps / budgets.length : (w / weightSum) * steps));
  const result = shares.map(Math.floor);
  let left = steps - result.reduce((a, b) => a + b, 0);
  const byRemainder = shares
    .map((share, index) => ({ index, remainder: share - Math.floor(share) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    result[index] = (result[index] ?? 0) + 1;
    left -= 1;
  }
  return result.map((s) => s * BUDGET_STEP_MS);
}
