/*
 * Timings put into words, so that being over or under budget is said in text and never shown by
 * colour alone.
 */
import type { BeatTiming, OutlineTiming } from './outlineTiming';
import { formatDuration } from '../time/duration';

const d = (ms: number) => formatDuration(ms);

function words(n: number): string {
  return n === 1 ? '1 word' : `${n} words`;
}

/** A beat's estimate in a few words, for its folded row: "1:10 of 2:00 · fits". */
export function describeBeatShort(t: BeatTiming): string {
  if (t.status === 'empty') return `no notes · ${d(t.budgetMs)} budget`;
  const verdict = t.status === 'over' ? `${d(t.estimatedMs - t.budgetMs)} over` : 'fits';
  return `${d(t.estimatedMs)} of ${d(t.budgetMs)} · ${verdict}`;
}

/** A beat's estimate in a sentence, beside its notes. */
export function describeBeatLong(t: BeatTiming, wordsPerMinute: number): string {
  if (t.status === 'empty') return `No notes yet · the budget is ${d(t.budgetMs)}`;
  const said = `About ${d(t.estimatedMs)} to say (${words(t.words)} at ${wordsPerMinute} wpm)`;
  if (t.status === 'over') return `${said} · ${d(t.estimatedMs - t.budgetMs)} over the ${d(t.budgetMs)} budget`;
  const spare = t.budgetMs - t.estimatedMs;
  return `${said} · fits the ${d(t.budgetMs)} budget${spare > 0 ? ` with ${d(spare)} to spare` : ' exactly'}`;
}

/** How the beats' budgets add up against the talk length. */
export function describeBudgetTotal(t: OutlineTiming): string {
  const gap = t.totalBudgetMs - t.talkMs;
  if (gap > 0) return `${d(gap)} over the talk length`;
  if (gap < 0) return `${d(-gap)} of the talk not budgeted yet`;
  return 'matches the talk length';
}

/** How the estimated speaking time adds up against the talk length. */
export function describeEstimateTotal(t: OutlineTiming): string {
  if (t.totalWords === 0) return 'no notes yet';
  const gap = t.totalEstimatedMs - t.talkMs;
  if (gap > 0) return `${d(gap)} over the talk length`;
  return gap < 0 ? `${d(-gap)} to spare` : 'exactly the talk length';
}

/** The beats whose notes run past their budget, counted in words: "2 beats run over their budget". */
export function describeBeatsOver(t: OutlineTiming): string | null {
  const over = t.beats.filter((b) => b.status === 'over').length;
  if (over === 0) return null;
  return over === 1 ? '1 beat runs over its budget' : `${over} beats run over their budget`;
}
