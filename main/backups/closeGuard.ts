/*
 * Closing the window (or quitting) waits for one last backup: the first close is held, the
 * renderer is asked for a backup, and once it has answered (or the wait timed out) the close
 * goes ahead. Without Electron, so the sequence is tested with fakes.
 */

export type ClosePhase = 'open' | 'backingUp' | 'closing';

export interface CloseGuardDeps {
  /** Ask for the final backup; resolves when it is done or abandoned (bounded by a timeout). */
  finalBackup(): Promise<unknown>;
  /** Close for real: quit the app if a quit started this, else close the window. */
  finish(isQuitting: boolean): void;
  isQuitting(): boolean;
}

/** One guard per window. `onClose` gets the close event's preventDefault. */
export function createCloseGuard(deps: CloseGuardDeps) {
  let phase: ClosePhase = 'open';
  return {
    phase: () => phase,
    onClose(preventDefault: () => void): void {
      if (phase === 'closing') return;
      preventDefault();
      if (phase === 'backingUp') return;
      phase = 'backingUp';
      void deps
        .finalBackup()
        .catch(() => undefined)
        .finally(() => {
          phase = 'closing';
          deps.finish(deps.isQuitting());
        });
    },
  };
}
