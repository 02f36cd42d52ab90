/*
 * Sessions grouped by format, oldest first within a format, with what the history chart plots:
 * the total time of each run and how many of its segments ran over.
 */
import type { RehearsalSession } from '../model/rehearsalSession';
import { weightedRubricScore } from './designRubric';
import { sessionTotals } from './sessionStats';

export interface TrendPoint {
  sessionId: string;
  startedAt: number;
  actualMs: number;
  plannedMs: number;
  overrunCount: number;
  segmentCount: number;
  /** The note on what to fix, so notes can be read across runs. */
  note: string;
  isRecorded: boolean;
  /** The weighted rubric score (1–5) of a fully scored research-design run; null otherwise. */
  rubricScore: number | null;
}

export interface FormatHistory {
  formatId: string;
  /** The name of the format at its most recent run (formats can be renamed). */
  formatName: string;
  /** Oldest first, as the chart reads left to right. */
  points: TrendPoint[];
  lastStartedAt: number;
}

/** `sessions` grouped by format, the most recently rehearsed format first. */
export function historyByFormat(sessions: readonly RehearsalSession[]): FormatHistory[] {
  const groups = new Map<string, RehearsalSession[]>();
  for (const session of sessions) {
    const group = groups.get(session.formatId);
    if (group) group.push(session);
    else groups.set(session.formatId, [session]);
  }
  const histories = [...groups.entries()].map(([formatId, group]): FormatHistory => {
    const sorted = [...group].sort((a, b) => a.startedAt - b.startedAt || a.id.localeCompare(b.id));
    const last = sorted[sorted.length - 1];
    return {
      formatId,
      formatName: last?.formatName ?? '',
      points: sorted.map((session) => {
        const totals = sessionTotals(session);
        return {
          sessionId: session.id,
          startedAt: session.startedAt,
          actualMs: totals.actualMs,
          plannedMs: totals.plannedMs,
          overrunCount: totals.overrunCount,
          segmentCount: session.segments.length,
          note: session.note,
          isRecorded: session.recording !== null,
          rubricScore: weightedRubricScore(session.rubric),
        };
      }),
      lastStartedAt: last?.startedAt ?? 0,
    };
  });
  return histories.sort((a, b) => b.lastStartedAt - a.lastStartedAt);
}
