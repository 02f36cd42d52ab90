/*
 * Persistent storage: asked for at start; the answer is kept in the store (Preferences shows
 * it) and recorded in the settings table, so support can see what the browser said.
 */
import type { StoreApi } from 'zustand';
import { requestPersistentStorage, type PersistAnswer } from '../data/persistStorage';
import type { AppState } from './appState';
import type { Services } from './services';

export interface StorageSlice {
  /** What the browser answered to the request for persistent storage; null until asked. */
  storagePersistence: PersistAnswer | null;
  requestStoragePersistence(ask?: () => Promise<PersistAnswer>): Promise<PersistAnswer>;
}

/** The storage part of the backup slice. */
export function createStorageActions(services: Services, set: StoreApi<AppState>['setState']): StorageSlice {
  return {
    storagePersistence: null,
    requestStoragePersistence: async (ask = () => requestPersistentStorage()) => {
      const answer = await ask();
      set({ storagePersistence: answer });
      await services.settings.setFlag('persistentStorageGranted', answer === 'granted').catch(() => undefined);
      return answer;
    },
  };
}
