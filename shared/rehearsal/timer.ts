/*
 * The rehearsal timer as a pure reducer. Every action carries the clock reading it happened at
 * (performance.now in the app, a number in tests), and time is always the difference of two
 * readings, never a count of ticks: a hidden window, a busy machine or a throttled timer can
 * delay the display but never skew what it shows.
 */

export type TimerStatus = 'ready' | 'running' | 'paused' | 'finished';

/** Where a segment (or the run) went into a new segment, in run time since the start. */
export interface SegmentEntry {
  segmentIndex: number;
  atMs: number;
}

export interface TimerState {
  status: TimerStatus;
  /** The planned length of each segment. */
  budgetsMs: readonly number[];
  /** Warn when this share of a budget is used. */
  warnAtFraction: number;
  /** The current segment. */
  index: number;
  /** Time spent in each segment over closed intervals; the open one is added when read. */
  spentMs: readonly number[];
  /** The clock reading when the open interval began, while running. */
  runningSince: number | null;
  /** The clock reading when a pause began, while paused. */
  pausedSince: number | null;
  /** Time spent paused over closed pauses. */
  pausedMs: number;
  entries: readonly SegmentEntry[];
}

export type TimerAction =
  | { type: 'start'; at: number }
  | { type: 'pause'; at: number }
  | { type: 'resume'; at: number }
  | { type: 'next'; at: number }
  | { type: 'previous'; at: number }
  | { type: 'finish'; at: number };

/** A timer ready to start, for segments of the given budgets (in milliseconds). */
export function createTimer(budgetsMs: readonly number[], warnAtFraction: number): TimerState {
  return {
    status: 'ready',
    budgetsMs,
    warnAtFraction,
    index: 0,
    spentMs: budgetsMs.map(() => 0),
    runningSince: null,
    pausedSince: null,
    pausedMs: 0,
    entries: [],
  };
}

// A clock never runs backwards, but if a reading ever did, time spent must not shrink.
function span(from: number, to: number): number {
  return Math.max(0, to - from);
}

/** Close the open interval into the current segment's total. */
function settle(state: TimerState, at: number): TimerState {
  if (state.runningSince === null) return state;
  const spentMs = state.spentMs.map((ms, i) => (i === state.index ? ms + span(state.runningSince ?? at, at) : ms));
  return { ...state, spentMs, runningSince: at };
}

/** Run time (paused time excluded) at clock reading `at`. */
export function runTimeMs(state: TimerState, at: number): number {
  const closed = state.spentMs.reduce((sum, ms) => sum + ms, 0);
  return closed + (state.runningSince === null ? 0 : span(state.runningSince, at));
}

function moveTo(state: TimerState, index: number, at: number): TimerState {
  const isOpen = state.status === 'running' || state.status === 'paused';
  if (!isOpen || index < 0 || index >= state.budgetsMs.length || index === state.index) return state;
  const settled = settle(state, at);
  return { ...settled, index, entries: [...settled.entries, { segmentIndex: index, atMs: runTimeMs(settled, at) }] };
}

/** The timer after `action`; actions that make no sense in the current state change nothing. */
export function timerReducer(state: TimerState, action: TimerAction): TimerState {
  const { at } = action;
  switch (action.type) {
    case 'start':
      if (state.status !== 'ready' || state.budgetsMs.length === 0) return state;
      return { ...state, status: 'running', runningSince: at, entries: [{ segmentIndex: 0, atMs: 0 }] };
    case 'pause':
      if (state.status !== 'running') return state;
      return { ...settle(state, at), status: 'paused', runningSince: null, pausedSince: at };
    case 'resume':
      if (state.status !== 'paused') return state;
      return {
        ...state,
        status: 'running',
        runningSince: at,
        pausedSince: null,
        pausedMs: state.pausedMs + span(state.pausedSince ?? at, at),
      };
    case 'next':
      return moveTo(state, state.index + 1, at);
    case 'previous':
      return moveTo(state, state.index - 1, at);
    case 'finish': {
      if (state.status !== 'running' && state.status !== 'paused') return state;
      const settled = settle(state, at);
      const pausedMs = state.pausedMs + (state.pausedSince === null ? 0 : span(state.pausedSince, at));
      return { ...settled, status: 'finished', runningSince: null, pausedSince: null, pausedMs };
    }
  }
}
