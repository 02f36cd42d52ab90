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
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onUnload);
    window.addEventListener('beforeunload', onUnload);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onUnload);
      window.removeEventListener('beforeunload', onUnload);
    };
  }, [store]);
}
