import type { StateCreator } from 'zustand';
import { DEFAULT_PREFERENCES, type Preferences } from '../../shared/model/preferences';
import type { AppState } from './appState';
import type { Services } from './services';

export interface PreferencesSlice {
  preferences: Preferences;
  loadPreferences(): Promise<void>;
  updatePreferences(patch: Partial<Preferences>): Promise<void>;
}

export function createPreferencesSlice(services: Services): StateCreator<AppState, [], [], PreferencesSlice> {
  return (set, get) => ({
    preferences: DEFAULT_PREFERENCES,
    loadPreferences: async () => set({ preferences: await services.settings.getPreferences() }),
    updatePreferences: async (patch) => {
      // Shown at once, so a checkbox or radio never snaps back while the write is under way.
      const before = get().preferences;
      set({ preferences: { ...before, ...patch } });
      try {
        set({ preferences: await services.settings.setPreferences({ ...before, ...patch }) });
      } catch (error) {
        set({ preferences: before });
        throw error;
      }
    },
  });
}
