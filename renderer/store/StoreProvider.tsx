import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppState } from './appState';
import type { AppStore } from './createAppStore';

const StoreContext = createContext<AppStore | null>(null);

/** Makes one store available to the component tree (a fresh one per test). */
export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The raw store, for actions called outside render (event handlers, effects). */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStoreApi must be used inside <StoreProvider>.');
  return store;
}

/** Select a slice of app state; the component re-renders only when that slice changes. */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
