/** Order statistics and the comparison line every benchmark prints. */

/** @param {number[]} values @param {number} q between 0 and 1 */
export function quantile(values, q) {
  if (values.length === 0) throw new Error('No samples to summarise.');
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return /** @type {number} */ (sorted[index]);
}

/** @param {number[]} values */
export const median = (values) => quantile(values, 0.5);

/** @param {number[]} values */
export const p95 = (values) => quantile(values, 0.95);

/**
 * Run Viva and its baseline in turn, `rounds` times each, swapping which goes first every round
 * so that warm-up and drift fall on both alike.
 * @template T
 * @param {number} rounds
 * @param {() => Promise<T>} viva
 * @param {() => Promise<T>} baseline
 * @returns {Promise<{ viva: T[], baseline: T[] }>}
 */
export async function alternate(rounds, viva, baseline) {
  /** @type {T[]} */
  const vivaResults = [];
  /** @type {T[]} */
  const baselineResults = [];
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      vivaResults.push(await viva());
      baselineResults.push(await baseline());
    } else {
      baselineResults.push(await baseline());
      vivaResults.push(await viva());
    }
  }
  return { viva: vivaResults, baseline: baselineResults };
}
