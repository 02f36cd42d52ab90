/*
 * Rolling backups driven by changes, the same in the desktop shell and the browser: the first
 * soon after the first change of a session, then every few minutes while changes go on, and at
 * once when the window hides (shared/backup/backupPolicy.ts decides when). Quitting the desktop
 * app asks for one more through main (`backup:due`).
 */
import { nextBackupAt } from '../../shared/backup/backupPolicy';

export interface RollingBackupDeps {
  clock(): number;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
  /** Take a backup if the library differs from the newest one. */
  backUp(): Promise<unknown>;
}

export function createRollingBackups(deps: RollingBackupDeps) {
  let lastBackupAt: number | null = null;
  let changedSince: number | null = null;
  let timer: unknown = null;
  let running: Promise<void> | null = null;

  const arm = () => {
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
    const at = nextBackupAt({ lastBackupAt, changedSince });
    if (at === null || running) return;
    timer = deps.setTimer(() => void run(), Math.max(0, at - deps.clock()));
  };

  const run = (): Promise<void> => {
    if (running) return running;
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
    const startedAt = deps.clock();
    const changed = changedSince;
    changedSince = null;
    const work: Promise<void> = deps
      .backUp()
      .then(() => undefined)
      .catch(() => {
        // Not copied: the changes still wait for the next backup (the store told the user why).
        changedSince ??= changed;
      })
      .finally(() => {
        lastBackupAt = startedAt;
        running = null;
        arm();
      });
    running = work;
    return work;
  };

  return {
    /** The library changed (any write to the database). */
    noteChange(): void {
      if (changedSince !== null) return;
      changedSince = deps.clock();
      arm();
    },
    /** A backup was written another way (the user asked for one): the interval counts from it. */
    noteBackedUp(): void {
      lastBackupAt = deps.clock();
      changedSince = null;
      arm();
    },
    /** Back up now if anything changed since the last backup (the window hides). */
    backUpPending(): Promise<void> {
      return changedSince === null ? (running ?? Promise.resolve()) : run();
    },
    stop(): void {
      if (timer !== null) deps.clearTimer(timer);
      timer = null;
    },
  };
}
