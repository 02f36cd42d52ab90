/*
 * How the run screen writes a time. Elapsed time counts whole seconds up (0:59 until a full
 * minute has passed); time left counts down and rounds up, so "0:00 left" means the budget is
 * really spent, and the two always add up to the budget.
 */

function clock(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** Elapsed time as a clock, "12:04", in whole seconds passed. */
export function elapsedText(ms: number): string {
  return clock(Math.floor(Math.max(0, ms) / 1000));
}

/** Time left as a clock, rounded up to the next whole second. */
export function remainingText(ms: number): string {
  return clock(Math.ceil(Math.max(0, ms) / 1000));
}

/** A budget in seconds as a clock, "15:00". */
export function budgetText(seconds: number): string {
  return clock(Math.round(Math.max(0, seconds)));
}
