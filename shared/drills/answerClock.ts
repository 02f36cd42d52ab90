/** The default time for a timed answer: two minutes, about what a panel lets an answer run. */
export const DEFAULT_ANSWER_MS = 120_000;

export interface AnswerClock {
  elapsedMs: number;
  /** Below zero once the time is up. */
  remainingMs: number;
  isOver: boolean;
}

/** A timed answer's clock from timestamps (never from counted ticks, so a busy or hidden window keeps it exact). */
export function answerClock(startedAt: number, now: number, limitMs: number): AnswerClock {
  const elapsedMs = Math.max(0, now - startedAt);
  const remainingMs = limitMs - elapsedMs;
  return { elapsedMs, remainingMs, isOver: remainingMs <= 0 };
}
