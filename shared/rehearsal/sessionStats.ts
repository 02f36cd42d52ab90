/*
 * What a finished rehearsal says about time: each segment's plan against what it took, which
 * segments ran over, and the run's totals. Segment time includes answering challenges, because
 * the segment's clock keeps running while the user answers.
 */
import type { RehearsalSession } from '../model/rehearsalSession';

export interface SegmentStat {
  index: number;
  title: string;
  plannedMs: number;
  actualMs: number;
  /** Time past the budget; 0 when the segment kept to it. */
  overMs: number;
  isOverrun: boolean;
  /** Time spent answering challenges thrown in this segment. */
  challengeMs: number;
}

export interface SessionTotals {
  plannedMs: number;
  actualMs: number;
  /** Actual minus planned: negative when the run finished early. */
  differenceMs: number;
  overrunCount: number;
  challengeMs: number;
}

/** Planned against actual time for each segment of `session`. */
export function segmentStats(session: RehearsalSession): SegmentStat[] {
  return session.segments.map((segment, index) => {
    const plannedMs = segment.budgetSeconds * 1000;
    const actualMs = Math.max(0, segment.actualMs);
    const overMs = Math.max(0, actualMs - plannedMs);
    const challengeMs = session.challenges
      .filter((challenge) => challenge.segmentIndex === index)
      .reduce((sum, challenge) => sum + challenge.answerMs, 0);
    return { index, title: segment.title, plannedMs, actualMs, overMs, isOverrun: overMs > 0, challengeMs };
  });
}

/** The run's totals: planned and actual time, how many segments ran over, time on challenges. */
export function sessionTotals(session: RehearsalSession): SessionTotals {
  const stats = segmentStats(session);
  const plannedMs = stats.reduce((sum, s) => sum + s.plannedMs, 0);
  const actualMs = stats.reduce((sum, s) => sum + s.actualMs, 0);
  return {
    plannedMs,
    actualMs,
    differenceMs: actualMs - plannedMs,
    overrunCount: stats.filter((s) => s.isOverrun).length,
    challengeMs: session.challenges.reduce((sum, c) => sum + c.answerMs, 0),
  };
}
