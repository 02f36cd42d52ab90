/*
 * The review's verdict on time, in words, so nobody has to read it off a chart. Every time in
 * these sentences is one the review shows (shownTimes), so the plan and the overrun add up to
 * the time taken, to the second.
 */
import type { RehearsalSession } from '../model/rehearsalSession';
import { formatDuration, shownSeconds } from '../time/duration';
import { segmentStats, sessionTotals, shownTimes } from './sessionStats';

/** "1:20", or "under a second" for a hair over, so a real overrun never reads as "0:00". */
export function formatOverMs(ms: number): string {
  return shownSeconds(ms) === 0 ? 'under a second' : formatDuration(ms);
}

function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** One sentence on the whole run against its plan. */
export function describeTotal(session: RehearsalSession): string {
  const totals = sessionTotals(session);
  const shown = shownTimes(segmentStats(session));
  const took = formatDuration(shown.actualMs);
  const plan = formatDuration(shown.plannedMs);
  if (totals.differenceMs === 0) return `The run took ${took}, exactly as planned.`;
  const side = totals.differenceMs > 0 ? 'over' : 'to spare';
  return `The run took ${took} against a plan of ${plan}: ${formatOverMs(Math.abs(shown.differenceMs))} ${side}.`;
}

/** Which segments ran over and by how much, or that none did. */
export function describeOverruns(session: RehearsalSession): string {
  const stats = segmentStats(session);
  if (stats.length === 0) return 'This run had no segments.';
  const shown = shownTimes(stats);
  const over = stats.filter((s) => s.isOverrun);
  if (over.length === 0) {
    return stats.length === 1 ? 'It kept to its budget.' : `All ${stats.length} segments kept to their budgets.`;
  }
  const parts = over.map(
    (s) => `${s.title.trim() || `Segment ${s.index + 1}`} by ${formatOverMs(shown.segments[s.index]?.overMs ?? 0)}`,
  );
  const count = over.length === 1 ? 'One segment' : `${over.length} segments`;
  return `${count} of ${stats.length} ran over: ${listInWords(parts)}.`;
}
