import { describe, expect, it } from 'vitest';
import { createBrowserBackupStore } from '../../../renderer/bridge/browserBackupStore';
import { formatBackupName } from '../../../shared/backup/backupNames';

const HOUR = 3_600_000;
const library = (stories: number, marker: string) =>
  JSON.stringify({
    format: 'viva-backup',
    scope: 'library',
    marker,
    stories: Array.from({ length: stories }, (_, i) => ({ id: String(i), deletedAt: null })),
  });

describe('browser backup store', () => {
  it('keeps backups apart from the library, lists them newest first and reads them back', async () => {
    let now = Date.UTC(2026, 0, 1, 9);
    const store = createBrowserBackupStore(() => now, `browser-backups-${crypto.randomUUID()}`);
    await store.write(library(1, 'older'));
    now += HOUR;
    const newest = await store.write(library(3, 'newer'));
    const listed = await store.list();
    expect(listed.map((entry) => entry.storyCount)).toEqual([3, 1]);
    expect(listed[0]).toEqual(newest);
    expect((await store.read(listed[1]!.name)).content).toBe(library(1, 'older'));
    await expect(store.read('viva-backup-2020-01-01T00-00-00-000Z-1-stories.json')).rejects.toThrow(/no backup named/);
  });

  it('applies the same retention as the desktop: the last 20 and one a day for 14 days', async () => {
    const start = new Date(2026, 0, 1, 0, 30).getTime();
    let now = start;
    const store = createBrowserBackupStore(() => now, `browser-backups-${crypto.randomUUID()}`);
    for (let k = 0; k < 80; k++) {
      now = start + k * 6 * HOUR;
      await store.write(library(1, String(k)));
    }
    const kept = await store.list();
    expect(kept).toHaveLength(29);
    expect(new Date(kept.at(-1)!.createdAt).getDate()).toBe(7);
    // Pruned backups are gone from the contents too, not just from the list.
    await expect(store.read(formatBackupName(start, 1))).rejects.toThrow(/no backup named/);
  });

  it('refuses what is not a whole-library backup', async () => {
    const store = createBrowserBackupStore(() => 0, `browser-backups-${crypto.randomUUID()}`);
    await expect(store.write(JSON.stringify({ format: 'viva-backup', scope: 'story', stories: [] }))).rejects.toThrow(
      /whole library/,
    );
    expect(await store.list()).toEqual([]);
  });
});
