/*
 * Time within a recording. The recorder pauses with the run, so a marker's place in the audio is
 * the time recorded so far, not the time since the start.
 */

export interface RecordingClock {
  startedAt: number;
  pausedAt: number | null;
  pausedMs: number;
}

/** A clock started at clock reading `at`. */
export function startRecordingClock(at: number): RecordingClock {
  return { startedAt: at, pausedAt: null, pausedMs: 0 };
}

/** The clock stopped at `at`; pausing twice changes nothing. */
export function pauseRecordingClock(clock: RecordingClock, at: number): RecordingClock {
  return clock.pausedAt === null ? { ...clock, pausedAt: Math.max(at, clock.startedAt) } : clock;
}

/** The clock going again at `at`, the pause left out of the recording. */
export function resumeRecordingClock(clock: RecordingClock, at: number): RecordingClock {
  if (clock.pausedAt === null) return clock;
  return { ...clock, pausedAt: null, pausedMs: clock.pausedMs + Math.max(0, at - clock.pausedAt) };
}

/** Milliseconds recorded by clock reading `at`. */
export function recordedMs(clock: RecordingClock, at: number): number {
  const end = clock.pausedAt ?? at;
  return Math.max(0, end - clock.startedAt - clock.pausedMs);
}
