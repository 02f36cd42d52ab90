/*
 * A backup is refused at export when Viva could not read it back: its size is counted in UTF-8
 * bytes, as reading counts it. A small limit stands in for 64 MB.
 */
import { describe, expect, it, vi } from 'vitest';
import { createTestStore } from './testStore';

vi.mock('../../../shared/backup/backupLimits', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  MAX_BACKUP_BYTES: 30_000,
}));

const saved = vi.hoisted(() => [] as string[]);
vi.mock('../../../renderer/bridge/bridge', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  saveFile: async (_kind: string, name: string, content: string) => {
    saved.push(content);
    return { status: 'saved', fileName: name };
  },
}));

describe('exporting a backup near the size limit', () => {
  it('refuses a non-ASCII backup whose characters fit the limit but whose bytes do not, and saves nothing', async () => {
    const { store } = await createTestStore();
    const id = await store.getState().createStory('Ελληνικά');
    // 9,000 dashes: 9,000 UTF-16 units but 27,000 bytes in UTF-8.
    await store.getState().openStory(id);
    store
      .getState()
      .changeStory((story) => ({ ...story, contribution: { ...story.contribution, statement: '—'.repeat(9_000) } }));
    const exporting = store.getState().exportBackup({ storyId: id, includeRecordings: false, suggestedName: 'b.json' });
    await expect(exporting).rejects.toThrow(/^This backup would be \d+ kB, more than the 29 kB Viva can read back\.$/);
    expect(saved).toEqual([]);
  });
});
