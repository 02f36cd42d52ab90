import { useEffect } from 'react';
import { useAppStoreApi } from '../../store/StoreProvider';

/**
 * Save the open critique at once when the window hides or unloads, and journal what an unload
 * could cut off; if its edits could not be saved, the browser asks before the page is left.
 */
export function useCritiqueAutosaveTriggers(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const flush = () => void store.getState().flushCritique();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onUnload = () => {
      store.getState().journalCritique();
      flush();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      onUnload();
      if (store.getState().critiqueSaveState === 'error') event.preventDefault();
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
