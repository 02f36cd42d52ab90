/*
 * Main cannot read the library (it lives in the renderer's IndexedDB), so it asks the renderer
 * for a backup and waits for its answer: `backup:due` out, `backup:settled` back. Each request
 * settles when the renderer answers or when its time runs out, whichever comes first.
 */
import type { BackupReason } from '../../shared/ipc/contract';

export type RequestOutcome = 'settled' | 'timedOut' | 'noWindow';

export interface BackupRequestDeps {
  /** Deliver the request to the renderer; false when there is no window to ask. */
  send(reason: BackupReason, requestId: number): boolean;
  timeoutMs: number;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
}

export function createBackupRequests(deps: BackupRequestDeps) {
  let nextId = 1;
  const pending = new Map<number, () => void>();
  return {
    /** Ask the renderer for a backup; resolves once it has answered, or after the timeout. */
    request(reason: BackupReason): Promise<RequestOutcome> {
      const requestId = nextId++;
      return new Promise<RequestOutcome>((resolve) => {
        const finish = (outcome: RequestOutcome) => {
          deps.clearTimer(timer);
          pending.delete(requestId);
          resolve(outcome);
        };
        const timer = deps.setTimer(() => finish('timedOut'), deps.timeoutMs);
        pending.set(requestId, () => finish('settled'));
        if (!deps.send(reason, requestId)) finish('noWindow');
      });
    },
    /** The renderer's answer to a request; false for an id that is not pending. */
    settle(requestId: number): boolean {
      const done = pending.get(requestId);
      if (!done) return false;
      done();
      return true;
    },
    pendingCount(): number {
      return pending.size;
    },
  };
}

export type BackupRequests = ReturnType<typeof createBackupRequests>;
