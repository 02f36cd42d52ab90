import { describe, expect, it } from 'vitest';
import { VivaDatabase } from '../../../renderer/data/database';
import { createSettingsRepository } from '../../../renderer/data/settingsRepository';
import { DEFAULT_PREFERENCES } from '../../../shared/model/preferences';

async function repository() {
  const db = new VivaDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  return { db, repo: createSettingsRepository(db) };
}

describe('settingsRepository', () => {
  it('starts from the defaults and keeps what is saved', async () => {
    const { repo } = await repository();
    expect(await repo.getPreferences()).toEqual(DEFAULT_PREFERENCES);
    await repo.setPreferences({ theme: 'dark', wordsPerMinute: 150 });
    expect(await repo.getPreferences()).toEqual({ theme: 'dark', wordsPerMinute: 150 });
  });

  it('refuses an out-of-range pace', async () => {
    const { repo } = await repository();
    await expect(repo.setPreferences({ theme: 'light', wordsPerMinute: 5 })).rejects.toThrow();
  });

  it('falls back to the defaults when the stored record is damaged', async () => {
    const { db, repo } = await repository();
    await db.settings.put({ key: 'preferences', value: { theme: 'neon', wordsPerMinute: 'fast' } });
    expect(await repo.getPreferences()).toEqual(DEFAULT_PREFERENCES);
  });

  it('keeps app flags', async () => {
    const { repo } = await repository();
    expect(await repo.getFlag('sampleSeeded')).toBe(false);
    await repo.setFlag('sampleSeeded', true);
    expect(await repo.getFlag('sampleSeeded')).toBe(true);
  });
});
