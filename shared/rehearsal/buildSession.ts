import type { RehearsalSession } from '../model/rehearsalSession';
import type { RunPlan } from './runPlan';
import type { RunState } from './runReducer';
import { segmentElapsedMs } from './timerReading';

export interface SessionMeta {
  id: string;
  storyId: string | null;
  /** Wall-clock times (Date.now) of the start and the finish. */
  startedAt: number;
  endedAt: number;
  /** Whether the notes stayed hidden for the whole run. */
  isNoNotes: boolean;
}

/** The session record of a finished run, ready for the session repository. */
export function buildSession(plan: RunPlan, run: RunState, meta: SessionMeta): RehearsalSession {
  // A finished timer has no open interval, so the reading is the same at any clock value.
  const elapsed = segmentElapsedMs(run.timer, 0);
  return {
    id: meta.id,
    storyId: meta.storyId,
    formatId: plan.formatId,
    formatName: plan.formatName,
    startedAt: Math.round(meta.startedAt),
    endedAt: Math.round(Math.max(meta.startedAt, meta.endedAt)),
    segments: plan.segments.map((segment, i) => ({
      title: segment.title,
      budgetMs: segment.budgetMs,
      actualMs: Math.round(elapsed[i] ?? 0),
      beatId: segment.beatId,
    })),
    challenges: run.challenges.map((c) => ({ ...c, askedAtMs: Math.round(c.askedAtMs), answerMs: Math.round(c.answerMs) })),
    pausedMs: Math.round(run.timer.pausedMs),
    isNoNotes: meta.isNoNotes,
    note: '',
    outlineWords: plan.outlineWords,
    recording: null,
  };
}
