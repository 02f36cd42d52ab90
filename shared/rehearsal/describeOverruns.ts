/*
 * The review's verdict on time, in words, so nobody has to read it off a chart.
 */
import type { RehearsalSession } from '../model/rehearsalSession';
import { formatDuration } from '../story/speakingTime';
import { segmentStats, sessionTotals } from './sessionStats';

/** "1:20", or "under a second" for a hair over, so a tiny overrun never reads as "0:00". */
export function formatOverMs(ms: number): string {
  return ms < 1000 ? 'under a second' : formatDuration(Math.floor(ms / 1000));
}

function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** One sentence on the whole run against its plan. */
export function describeTotal(session: RehearsalSession): string {
  const totals = sessionTotals(session);
  const took = formatDuration(Math.round(totals.actualMs / 1000));
  const plan = formatDuration(Math.round(totals.plannedMs / 1000));
  if (totals.differenceMs > 0)
    return `The run took ${took} against a plan of ${plan}: ${formatOverMs(totals.differenceMs)} over.`;
  if (totals.differenceMs < 0) {
    return `The run took ${took} against a plan of ${plan}: ${formatOverMs(-totals.differenceMs)} to spare.`;
  }
  return `The run took ${took}, exactly as planned.`;
}

/** Which segments ran over and by how much, or that none did. */
export function describeOverruns(session: RehearsalSession): string {
  const stats = segmentStats(session);
  if (stats.length === 0) return 'This run had no segments.';
  const over = stats.filter((s) => s.isOverrun);
  if (over.length === 0) {
    return stats.length === 1 ? 'It kept to its budget.' : `All ${stats.length} segments kept to their budgets.`;
  }
  const parts = over.map((s) => `${s.title.trim() || `Segment ${s.index + 1}`} by ${formatOverMs(s.overMs)}`);
  const count = over.length === 1 ? 'One segment' : `${over.length} segments`;
  return `${count} of ${stats.length} ran over: ${listInWords(parts)}.`;
}
