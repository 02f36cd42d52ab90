import { DEFAULT_PREFERENCES, preferencesSchema, type Preferences } from '../../shared/model/preferences';
import type { VivaDatabase } from './database';

const PREFERENCES_KEY = 'preferences';

/** Preferences and app flags, one record per key. */
export function createSettingsRepository(db: VivaDatabase) {
  return {
    /** The saved preferences, with defaults for anything missing or invalid. */
    async getPreferences(): Promise<Preferences> {
      const record = await db.settings.get(PREFERENCES_KEY);
      const merged = { ...DEFAULT_PREFERENCES, ...(record?.value as Partial<Preferences> | undefined) };
      const parsed = preferencesSchema.safeParse(merged);
      return parsed.success ? parsed.data : DEFAULT_PREFERENCES;
    },
    async setPreferences(preferences: Preferences): Promise<Preferences> {
      const checked = preferencesSchema.parse(preferences);
      await db.settings.put({ key: PREFERENCES_KEY, value: checked });
      return checked;
    },
    async getFlag(key: string): Promise<boolean> {
      return (await db.settings.get(`flag:${key}`))?.value === true;
    },
    async setFlag(key: string, value: boolean): Promise<void> {
      await db.settings.put({ key: `flag:${key}`, value });
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
