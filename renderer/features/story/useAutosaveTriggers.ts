import { useEffect } from 'react';
import { useAppStoreApi } from '../../store/StoreProvider';

/** Save at once when the window hides or unloads, and journal what an unload could cut off. */
export function useAutosaveTriggers(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const flush = () => void store.getState().flushSave();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
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
