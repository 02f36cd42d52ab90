import { beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeBackup } from '../../../shared/backup/createBackupFile';
import type { OpenResult } from '../../../shared/ipc/contract';
import { createTestStore } from './testStore';

const bridge = vi.hoisted(() => ({
  opened: { status: 'cancelled' } as OpenResult,
  saved: [] as { kind: string; name: string; content: string }[],
}));

vi.mock('../../../renderer/bridge/bridge', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  openFile: async () => bridge.opened,
  saveFile: async (kind: string, name: string, content: string) => {
    bridge.saved.push({ kind, name, content });
    return { status: 'saved', fileName: name };
  },
}));

beforeEach(() => {
  bridge.saved = [];
});

describe('exchange slice', () => {
  it('exports a story backup and imports it back as a copy, with the library refreshed', async () => {
    const { store } = await createTestStore();
    const id = await store.getState().createStory('Retrieval at scale');
    await store.getState().exportBackup({ storyId: id, includeRecordings: false, suggestedName: 'r.json' });
    expect(bridge.saved[0]!.kind).toBe('backup');

    bridge.opened = { status: 'opened', fileName: 'r.json', bytes: new TextEncoder().encode(bridge.saved[0]!.content) };
    await store.getState().importBackupFile();

    expect(store.getState().importState).toMatchObject({ status: 'done', report: { storiesCopied: ['Retrieval at scale'] } });
    expect(
      store
        .getState()
        .summaries.map((s) => s.title)
        .sort(),
    ).toEqual(['Retrieval at scale', 'Retrieval at scale (imported copy)']);
  });

  it('reports every problem of a broken file and changes nothing', async () => {
    const { store, services } = await createTestStore();
    await store.getState().createStory('Mine');
    const file = await services.backupFiles.exportBackup({ includeRecordings: false, appVersion: '0.1.0' });
    const broken = serializeBackup(file).replace('"title": "Mine"', '"title": 42');
    bridge.opened = { status: 'opened', fileName: 'broken.json', bytes: new TextEncoder().encode(broken) };

    await store.getState().importBackupFile();

    expect(store.getState().importState).toEqual({
      status: 'failed',
      fileName: 'broken.json',
      problems: [{ where: 'stories[1].title', message: 'should be text, not a number' }],
    });
    expect(await services.stories.listLive()).toHaveLength(1);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const { store } = await createTestStore();
    bridge.opened = { status: 'tooLarge', fileName: 'huge.json', size: 80 * 1024 * 1024, limit: 64 * 1024 * 1024 };
    await store.getState().importBackupFile();
    expect(store.getState().importState).toMatchObject({
      status: 'failed',
      problems: [{ message: 'The file is 80 MB, larger than the 64 MB a Viva backup may be. Nothing was read.' }],
    });
  });
});

describe('an import whose dialog was closed', () => {
  it('says how it ended in a notice', async () => {
    const { store, services } = await createTestStore();
    await store.getState().createStory('Bandits');
    const file = await services.backupFiles.exportBackup({ includeRecordings: false, appVersion: '0.1.0' });
    bridge.opened = { status: 'opened', fileName: 'lib.json', bytes: new TextEncoder().encode(serializeBackup(file)) };
    store.getState().openExchangeDialog('import');
    const importing = store.getState().importBackupFile();
    store.getState().closeExchangeDialog();
    await importing;
    expect(store.getState().notices.map((n) => n.message)).toEqual(['Imported “lib.json”: 1 story.']);
  });
});
