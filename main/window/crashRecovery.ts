/*
 * When the window's renderer process dies (a crash, running out of memory, killed), main reloads
 * it, and the autosave journal brings back what was being saved. A renderer that keeps dying
 * is not reloaded in a loop: after a few crashes in a short time main stops and says so.
 */

/** The reasons Electron gives for `render-process-gone`. */
export type GoneReason =
  'clean-exit' | 'abnormal-exit' | 'killed' | 'crashed' | 'oom' | 'launch-failed' | 'integrity-failure' | 'memory-eviction';

/** At most this many reloads within CRASH_WINDOW_MS. */
export const MAX_RELOADS = 3;
export const CRASH_WINDOW_MS = 60_000;

export type CrashDecision =
  { action: 'reload'; crashes: number[] } | { action: 'giveUp'; crashes: number[] } | { action: 'ignore' };

/**
 * What to do when the renderer is gone: reload it unless it exited cleanly (the window is closing)
 * or could never start; give up after MAX_RELOADS crashes within CRASH_WINDOW_MS.
 * `crashes` are the times of earlier crashes; the decision carries the updated list.
 */
export function decideAfterRendererGone(reason: GoneReason | string, crashes: readonly number[], now: number): CrashDecision {
  if (reason === 'clean-exit') return { action: 'ignore' };
  const recent = [...crashes.filter((at) => now - at < CRASH_WINDOW_MS), now];
  if (reason === 'launch-failed' || reason === 'integrity-failure') return { action: 'giveUp', crashes: recent };
  return recent.length > MAX_RELOADS ? { action: 'giveUp', crashes: recent } : { action: 'reload', crashes: recent };
}
