/*
 * What a finished rehearsal says about time: each segment's plan against what it took, which
 * segments ran over, and the run's totals. Segment time includes answering challenges, because
 * the segment's clock keeps running while the user answers.
 */
import type { RehearsalSession } from '../model/rehearsalSession';
import { shownParts } from '../time/shownParts';

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
    const plannedMs = segment.budgetMs;
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

/**
 * The times the review shows, each rounded to whole seconds (in milliseconds) so that what is on
 * screen adds up: the segments' times sum to the totals, and each overrun, like the run's total
 * difference, is the shown actual time less the shown plan.
 */
export interface ShownTimes {
  segments: { plannedMs: number; actualMs: number; overMs: number; challengeMs: number }[];
  plannedMs: number;
  actualMs: number;
  challengeMs: number;
  /** Shown actual less shown planned: negative when the run finished early. */
  differenceMs: number;
}

/** What the review shows for `stats`, adding up to the second. */
export function shownTimes(stats: readonly SegmentStat[]): ShownTimes {
  const planned = shownParts(stats.map((s) => s.plannedMs));
  const actual = shownParts(stats.map((s) => s.actualMs));
  const challenge = shownParts(stats.map((s) => s.challengeMs));
  const segments = stats.map((_, i) => {
    const plannedMs = planned.partsMs[i] ?? 0;
    const actualMs = actual.partsMs[i] ?? 0;
    return { plannedMs, actualMs, overMs: Math.max(0, actualMs - plannedMs), challengeMs: challenge.partsMs[i] ?? 0 };
  });
  return {
    segments,
    plannedMs: planned.totalMs,
    actualMs: actual.totalMs,
    challengeMs: challenge.totalMs,
    differenceMs: actual.totalMs - planned.totalMs,
  };
}
