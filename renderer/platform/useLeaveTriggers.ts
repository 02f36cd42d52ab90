import { useEffect, useRef } from 'react';

export interface LeaveTriggers {
  /** The window was hidden (another tab, minimised, the lid closed): save now. */
  onHide(): void;
  /** The page is going away: journal what a cut-off write would lose, then save. */
  onUnload(): void;
  /** Whether edits could not be saved, so the browser should ask before the page is left. */
  hasUnsavedError(): boolean;
}

/**
 * The moments an autosaved document must be written at once: the window hiding, the page
 * unloading; and the browser's "leave this page?" question while edits could not be saved.
 */
export function useLeaveTriggers(triggers: LeaveTriggers): void {
  // The handlers read the latest callbacks without re-adding the listeners on every render.
  const latest = useRef(triggers);
  useEffect(() => {
    latest.current = triggers;
  });
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') latest.current.onHide();
    };
    const onUnload = () => latest.current.onUnload();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      latest.current.onUnload();
      if (latest.current.hasUnsavedError()) event.preventDefault();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onUnload);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onUnload);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);
}
