/*
 * Links leave the app (to the system browser) only right after the user did something, and not
 * in a flood: a page that, through some flaw, ran script could otherwise open browser tabs at
 * will. Input is what Electron reports from the browser process (webContents 'input-event'),
 * which the page cannot forge.
 */

/** How long after a click or key press an open still counts as the user's (Chromium's activation window). */
export const GESTURE_WINDOW_MS = 5_000;
/** At most this many opens in any minute. */
export const MAX_OPENS_PER_MINUTE = 5;

/** Input that counts as a user's activation (as in the HTML standard: press, not move). */
const ACTIVATING_INPUT = new Set(['mouseDown', 'mouseUp', 'keyDown', 'rawKeyDown', 'char', 'touchEnd', 'gestureTap']);

export interface ExternalOpenGate {
  /** Note an input event of the app's window. */
  noteInput(type: string, now: number): void;
  /** Whether an open may go ahead now; an allowed open uses up the gesture. */
  mayOpen(now: number): boolean;
}

export function createExternalOpenGate(): ExternalOpenGate {
  let lastGestureAt = Number.NEGATIVE_INFINITY;
  let opens: number[] = [];
  return {
    noteInput(type, now) {
      if (ACTIVATING_INPUT.has(type)) lastGestureAt = now;
    },
    mayOpen(now) {
      if (now - lastGestureAt > GESTURE_WINDOW_MS) return false;
      opens = opens.filter((at) => now - at < 60_000);
      if (opens.length >= MAX_OPENS_PER_MINUTE) return false;
      opens.push(now);
      lastGestureAt = Number.NEGATIVE_INFINITY;
      return true;
    },
  };
}
