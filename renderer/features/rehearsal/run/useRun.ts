import { useEffect, useReducer, useState } from 'react';
import type { RunPlan } from '../../../../shared/rehearsal/runPlan';
import { createRun, runReducer, type RunAction, type RunState } from '../../../../shared/rehearsal/runReducer';
import { readTimer, type TimerReading } from '../../../../shared/rehearsal/timerReading';

/** How often the display refreshes; the time shown always comes from the clock, not from ticks. */
const REFRESH_MS = 200;

type Act<A = RunAction> = A extends { at: number } ? Omit<A, 'at'> : A;

export interface RunControl {
  run: RunState;
  reading: TimerReading;
  /** Apply an action stamped with the clock reading of now. */
  act(action: Act): void;
  /** The clock reading of now. */
  now(): number;
}

function stamped(action: Act, at: number): RunAction {
  return action.type === 'toggleNotes' ? action : ({ ...action, at } as RunAction);
}

/** A run of `plan`, timed by `now` (performance.now in the app, a fake clock in tests). */
export function useRun(plan: RunPlan, isNoNotes: boolean, now: () => number): RunControl {
  const [run, dispatch] = useReducer(runReducer, null, () =>
    createRun(
      plan.segments.map((s) => s.budgetMs),
      plan.warnAtFraction,
      isNoNotes,
    ),
  );
  const [, setFrame] = useState(0);
  const isRunning = run.timer.status === 'running';

  useEffect(() => {
    if (!isRunning) return;
    const timer = setInterval(() => setFrame((f) => f + 1), REFRESH_MS);
    return () => clearInterval(timer);
  }, [isRunning]);

  return {
    run,
    reading: readTimer(run.timer, now()),
    act: (action) => dispatch(stamped(action, now())),
    now,
  };
}
