import { describe, expect, it } from 'vitest';
import { restoreLibrary } from '../../../renderer/data/restoreLibrary';
import type { BackupFile } from '../../../shared/backup/backupFile';
import { createTestStore } from './testStore';

const MINUTE = 60_000;

async function titles(setup: Awaited<ReturnType<typeof createTestStore>>) {
  return (await setup.services.stories.listLive()).map((s) => s.title).sort();
}

describe('rolling backups from the store', () => {
  it('backs up a changed library once, skips an unchanged one, and backs up again after an edit', async () => {
    const setup = await createTestStore();
    const { store, time } = setup;
    await store.getState().createStory('First');
    expect(await store.getState().backUpIfChanged()).not.toBeNull();
    time.now += 5 * MINUTE;
    expect(await store.getState().backUpIfChanged()).toBeNull();
    await store.getState().createStory('Second');
    time.now += 5 * MINUTE;
    const entry = await store.getState().backUpIfChanged();
    expect(entry?.storyCount).toBe(2);
    expect((await setup.services.backups.list()).length).toBe(2);
  });

  it('includes edits still waiting for the autosave', async () => {
    const setup = await createTestStore();
    const { store } = setup;
    const id = await store.getState().createStory('Draft');
    await store.getState().openStory(id);
    store.getState().setField(['title'], () => 'Typed just now');
    const entry = await store.getState().backUpNow();
    const file = JSON.parse((await setup.services.backups.read(entry.name)).content) as BackupFile;
    expect(file.stories.map((s) => s.title)).toEqual(['Typed just now']);
  });

  it('answers a backup request even when the backup fails, and says why', async () => {
    const setup = await createTestStore();
    const settled: number[] = [];
    setup.services.backups.settle = async (requestId) => settled.push(requestId);
    setup.services.backups.write = async () => {
      throw new Error('Viva could not write a backup: the disk is full.');
    };
    await setup.store.getState().createStory('Anything');
    await setup.store.getState().answerBackupDue(7);
    expect(settled).toEqual([7]);
    expect(setup.store.getState().notices.at(-1)?.message).toMatch(
      /Automatic backup failed. Viva could not write a backup: the disk is full./,
    );
  });
});

describe('restore', () => {
  it('replaces the whole library with the backup, taking a fresh backup of the current one first', async () => {
    const setup = await createTestStore();
    const { store, time } = setup;
    await store.getState().createStory('Kept');
    const doomed = await store.getState().createStory('Deleted later');
    const backup = await store.getState().backUpNow();
    time.now += MINUTE;
    await store.getState().trashStory(doomed);
    await store.getState().createStory('Written after the backup');

    const outcome = await store.getState().restoreBackup(backup.name);

    expect(outcome).toEqual({ liveStories: 2, trashedStories: 0, sessions: 0 });
    expect(await titles(setup)).toEqual(['Deleted later', 'Kept']);
    expect(
      store
        .getState()
        .summaries.map((s) => s.title)
        .sort(),
    ).toEqual(['Deleted later', 'Kept']);
    // The library as it was just before restoring is itself a backup now.
    const [fresh] = await setup.services.backups.list();
    const freshFile = JSON.parse((await setup.services.backups.read(fresh!.name)).content) as BackupFile;
    expect(freshFile.stories.map((s) => s.title).sort()).toEqual(['Deleted later', 'Kept', 'Written after the backup']);
  });

  it('changes nothing when the backup does not pass validation', async () => {
    const setup = await createTestStore();
    const { store } = setup;
    await store.getState().createStory('Mine');
    const good = JSON.parse((await setup.services.backups.read((await store.getState().backUpNow()).name)).content) as BackupFile;
    const broken = { ...good, stories: [{ ...good.stories[0]!, title: 42 }] };
    const entry = await setup.services.backups.write(JSON.stringify(broken));
    const before = (await setup.services.backups.list()).length;
    await expect(store.getState().restoreBackup(entry.name)).rejects.toThrow(/cannot be restored, so nothing was changed/);
    expect(await titles(setup)).toEqual(['Mine']);
    expect((await setup.services.backups.list()).length).toBe(before);
  });

  it('rolls everything back when a write fails part-way through', async () => {
    const setup = await createTestStore();
    const { store, db } = setup;
    await store.getState().createStory('Survivor');
    const file = JSON.parse((await setup.services.backups.read((await store.getState().backUpNow()).name)).content) as BackupFile;
    // A record IndexedDB cannot store (a function cannot be cloned) fails the transaction after the clears.
    const poisoned = { ...file, stories: [], sessions: [{ id: 'x', notClonable: () => 1 }] } as unknown as BackupFile;
    await expect(restoreLibrary(db, poisoned)).rejects.toThrow();
    expect(await titles(setup)).toEqual(['Survivor']);
  });

  it('says plainly when the disk is full during a restore, and leaves the library as it was', async () => {
    const setup = await createTestStore();
    const { store } = setup;
    await store.getState().createStory('Untouched');
    const entry = await store.getState().backUpNow();
    setup.services.backups.restore = async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    await expect(store.getState().restoreBackup(entry.name)).rejects.toThrow(
      /Nothing was restored; your library is as it was\. There is no room left to save/,
    );
    expect(await titles(setup)).toEqual(['Untouched']);
    expect(store.getState().restoring).toBeNull();
  });

  it('refuses to restore while the open story has edits it could not save', async () => {
    const setup = await createTestStore();
    const { store } = setup;
    await store.getState().createStory('One');
    const entry = await store.getState().backUpNow();
    store.setState({ saveState: 'error' });
    await expect(store.getState().restoreBackup(entry.name)).rejects.toThrow(/not saved yet/);
  });
});

describe('restore offer at start', () => {
  it('offers the newest backup when the library is empty, and not again once declined', async () => {
    localStorage.clear();
    const setup = await createTestStore();
    const { store } = setup;
    const id = await store.getState().createStory('Months of work');
    await store.getState().backUpNow();
    await setup.services.stories.purge(id);
    await store.getState().loadLibrary();
    await store.getState().checkRestoreOffer();
    expect(store.getState().restoreOffer?.storyCount).toBe(1);
    store.getState().declineRestoreOffer();
    await store.getState().checkRestoreOffer();
    expect(store.getState().restoreOffer).toBeNull();
  });

  it('offers nothing while the library holds the user’s stories', async () => {
    const setup = await createTestStore();
    await setup.store.getState().createStory('Here');
    await setup.store.getState().backUpNow();
    await setup.store.getState().loadLibrary();
    await setup.store.getState().checkRestoreOffer();
    expect(setup.store.getState().restoreOffer).toBeNull();
  });
});
