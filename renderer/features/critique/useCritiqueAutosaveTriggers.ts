import { useLeaveTriggers } from '../../platform/useLeaveTriggers';
import { useAppStoreApi } from '../../store/StoreProvider';

/**
 * Save the open critique at once when the window hides or unloads, and journal what an unload
 * could cut off; if its edits could not be saved, the browser asks before the page is left.
 */
export function useCritiqueAutosaveTriggers(): void {
  const store = useAppStoreApi();
  useLeaveTriggers({
    onHide: () => void store.getState().flushCritique(),
    onUnload: () => {
      store.getState().journalCritique();
      void store.getState().flushCritique();
    },
    hasUnsavedError: () => store.getState().critiqueSaveState === 'error',
  });
}
