/*
 * Each beat's time budget for an imported deck: the deck's own timings where it has them;
 * otherwise the talk's length shared out by the words of each slide's notes (a slide without
 * notes still gets a share, a quarter of the average), in whole seconds that add up to the talk.
 */
import { MAX_BEAT_MS } from '../model/outline';
import { SECOND_MS } from '../time/duration';
import { plainText, type RichText } from '../model/richText';
import { countWords } from '../text/countWords';

/** Where the budgets came from: the deck's timings, the notes' words, or both (some slides timed). */
export type BudgetSource = 'deck' | 'notes' | 'mixed';

export interface BudgetSlide {
  durationMs: number | null;
  notes: RichText;
}

/** Whole numbers in proportion to the weights that add up to `total` exactly (largest remainders). */
export function shareOut(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (sum === 0 ? total / weights.length : (total * weight) / sum));
  const floors = exact.map(Math.floor);
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((value, i) => ({ i, rest: value - floors[i]! })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors;
}

/** The budgets (ms, whole seconds) and where they came from; `talkMs` is what untimed slides share. */
export function deckBudgets(slides: readonly BudgetSlide[], talkMs: number): { budgets: number[]; source: BudgetSource } {
  const timed = slides.filter((slide) => slide.durationMs !== null);
  const clamp = (ms: number) => Math.min(MAX_BEAT_MS, Math.max(0, Math.round(ms / SECOND_MS) * SECOND_MS));
  if (slides.length > 0 && timed.length === slides.length)
    return { budgets: slides.map((slide) => clamp(slide.durationMs!)), source: 'deck' };
  const timedSum = timed.reduce((sum, slide) => sum + clamp(slide.durationMs!), 0);
  const untimed = slides.filter((slide) => slide.durationMs === null);
  const words = untimed.map((slide) => countWords(plainText(slide.notes)));
  const average = words.reduce((a, b) => a + b, 0) / Math.max(1, words.length);
  const floor = Math.max(1, average / 4);
  // Shared out in whole seconds, so the budgets read as the outline shows them and add up to the talk.
  const shares = shareOut(
    Math.floor(Math.max(0, talkMs - timedSum) / SECOND_MS),
    words.map((count) => Math.max(count, floor)),
  );
  let next = 0;
  const budgets = slides.map((slide) =>
    slide.durationMs !== null ? clamp(slide.durationMs) : clamp(shares[next++]! * SECOND_MS),
  );
  return { budgets, source: timed.length === 0 ? 'notes' : 'mixed' };
}
