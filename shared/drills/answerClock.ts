/** The default time for a timed answer: two minutes, about what a panel lets an answer run. */
export const DEFAULT_ANSWER_SECONDS = 120;

export interface AnswerClock {
  elapsedSeconds: number;
  /** Below zero once the time is up. */
  remainingSeconds: number;
  isOver: boolean;
}

/** A timed answer's clock from timestamps (never from counted ticks, so a busy or hidden window keeps it exact). */
export function answerClock(startedAt: number, now: number, limitSeconds: number): AnswerClock {
  const elapsedSeconds = Math.max(0, (now - startedAt) / 1000);
  const remainingSeconds = limitSeconds - elapsedSeconds;
  return { elapsedSeconds, remainingSeconds, isOver: remainingSeconds <= 0 };
}
