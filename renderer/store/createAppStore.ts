import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppState } from './appState';
import { createBackupSlice } from './backupSlice';
import { createCritiqueSlice } from './critiqueSlice';
import { createDeliverySlice } from './deliverySlice';
import { createDrillsSlice } from './drillsSlice';
import { createDeckImportSlice } from './deckImportSlice';
import { createExchangeSlice } from './exchangeSlice';
import { createLibrarySlice } from './librarySlice';
import { createPreferencesSlice } from './preferencesSlice';
import { createRehearsalSlice } from './rehearsalSlice';
import type { Services } from './services';
import { createSessionHistorySlice } from './sessionHistorySlice';
import { createUiSlice } from './uiSlice';
import { createUndoSlice } from './undoSlice';
import { createSliceHooks, createWorkflows } from './workflows';
import { createWorkspaceSlice } from './workspaceSlice';

export type AppStore = StoreApi<AppState>;

/** The app's store, wired to the given services. */
export function createAppStore(services: Services): AppStore {
  return createStore<AppState>()((...args) => {
    // What one slice's work sets off in another, said in workflows.ts.
    const hooks = createSliceHooks(args[1]);
    return {
      ...createBackupSlice(services, hooks.backup)(...args),
      ...createLibrarySlice(services)(...args),
      ...createPreferencesSlice(services)(...args),
      ...createUiSlice(...args),
      ...createWorkspaceSlice(services, hooks.workspace)(...args),
      ...createSessionHistorySlice(services, hooks.sessionHistory)(...args),
      ...createDeliverySlice(services)(...args),
      ...createRehearsalSlice(services)(...args),
      ...createDrillsSlice(services)(...args),
      ...createExchangeSlice(services)(...args),
      ...createDeckImportSlice(services)(...args),
      ...createUndoSlice(...args),
      ...createCritiqueSlice(services)(...args),
      // Last: the cross-slice workflows compose the slices' own actions.
      ...createWorkflows(services)(...args),
    };
  });
}
