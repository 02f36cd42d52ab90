import { useEffect, useRef } from 'react';
import type { RehearsalSession } from '../../../../shared/model/rehearsalSession';
import type { RunState } from '../../../../shared/rehearsal/runReducer';

/**
 * Leaving the run screen in the middle of a run (a top-bar link, a menu command) must not lose
 * the run: it is finished at the moment of leaving and handed to `onLeft`, which keeps it and
 * says so with an Undo (a false start or a slip of the mouse should not stay in History).
 */
export function useKeepOnLeave(
  run: RunState,
  finish: (run: RunState) => RehearsalSession,
  onLeft: ((session: RehearsalSession) => void) | undefined,
): void {
  const latest = useRef({ run, finish, onLeft });
  useEffect(() => {
    latest.current = { run, finish, onLeft };
  });
  useEffect(
    () => () => {
      const { run: last, finish: close, onLeft: keep } = latest.current;
      if (last.timer.status !== 'running' && last.timer.status !== 'paused') return;
      keep?.(close(last));
    },
    [],
  );
}
