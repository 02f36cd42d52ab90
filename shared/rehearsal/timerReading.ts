import { runTimeMs, type TimerState } from './timer';

/** How a segment (or the whole run) stands against its budget. */
export type TimePhase = 'ok' | 'warning' | 'overrun';

export interface TimeReading {
  elapsedMs: number;
  budgetMs: number;
  /** Time left before the budget runs out; 0 once it has. */
  remainingMs: number;
  /** Time past the budget; 0 until then. */
  overMs: number;
  phase: TimePhase;
}

export interface TimerReading {
  segments: TimeReading[];
  current: TimeReading;
  total: TimeReading;
}

/** Where `elapsedMs` stands against `budgetMs`, warning from `warnAtFraction` of it. */
export function readTime(elapsedMs: number, budgetMs: number, warnAtFraction: number): TimeReading {
  const elapsed = Math.max(0, elapsedMs);
  // Rounded so that 80 % of 15 minutes warns at exactly 12:00, not a float's hair later.
  const warnAt = Math.round(budgetMs * warnAtFraction);
  const phase: TimePhase = elapsed > budgetMs ? 'overrun' : budgetMs > 0 && elapsed >= warnAt ? 'warning' : 'ok';
  return {
    elapsedMs: elapsed,
    budgetMs,
    remainingMs: Math.max(0, budgetMs - elapsed),
    overMs: Math.max(0, elapsed - budgetMs),
    phase,
  };
}

/** Elapsed time in each segment at clock reading `at`, the open interval included. */
export function segmentElapsedMs(state: TimerState, at: number): number[] {
  const open = state.runningSince === null ? 0 : Math.max(0, at - state.runningSince);
  return state.spentMs.map((ms, i) => (i === state.index ? ms + open : ms));
}

/** Every reading the run view shows, at clock reading `at`. */
export function readTimer(state: TimerState, at: number): TimerReading {
  const elapsed = segmentElapsedMs(state, at);
  const segments = elapsed.map((ms, i) => readTime(ms, state.budgetsMs[i] ?? 0, state.warnAtFraction));
  const budgetTotal = state.budgetsMs.reduce((sum, ms) => sum + ms, 0);
  const total = readTime(runTimeMs(state, at), budgetTotal, state.warnAtFraction);
  const current = segments[state.index] ?? readTime(0, 0, state.warnAtFraction);
  return { segments, current, total };
}
