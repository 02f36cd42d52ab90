import { useLeaveTriggers } from '../../platform/useLeaveTriggers';
import { useAppStoreApi } from '../../store/StoreProvider';

/**
 * Save at once when the window hides or unloads, and journal what an unload could cut off; when
 * the window hides, back up the library too if it changed since the last backup. Edits that could
 * not be saved are not left behind without the user's word: the browser asks.
 */
export function useAutosaveTriggers(): void {
  const store = useAppStoreApi();
  useLeaveTriggers({
    onHide: () => {
      void store.getState().flushSave();
      void store.getState().backUpPending();
    },
    onUnload: () => {
      store.getState().journalUnsaved();
      void store.getState().flushSave();
    },
    hasUnsavedError: () => store.getState().saveState === 'error',
  });
}
