import { useEffect } from 'react';
import { useAppStoreApi } from '../../store/StoreProvider';

/**
 * Save at once when the window hides or unloads, and journal what an unload could cut off; when
 * the window hides, back up the library too if it changed since the last backup.
 */
export function useAutosaveTriggers(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const flush = () => void store.getState().flushSave();
    const onVisibility = () => {
      if (document.visibilityState !== 'hidden') return;
      flush();
      void store.getState().backUpPending();
    };
    const onUnload = () => {
      store.getState().journalUnsaved();
      flush();
    };
    // Edits that could not be saved are not left behind without the user's word: the browser asks.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      onUnload();
      if (store.getState().saveState === 'error') event.preventDefault();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onUnload);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onUnload);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [store]);
}
