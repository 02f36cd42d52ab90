import { describe, expect, it } from 'vitest';
import { VivaDatabase } from '../../../renderer/data/database';
import { createLibraryRepository } from '../../../renderer/data/libraryRepository';
import { restoreLibrary } from '../../../renderer/data/restoreLibrary';
import { createBackupFile, serializeBackup } from '../../../shared/backup/createBackupFile';
import { parseBackupText } from '../../../shared/backup/parseBackup';
import { fixtureLibrary } from '../../support/fixtureLibrary';

async function filledDatabase() {
  const db = new VivaDatabase(`restore-${crypto.randomUUID()}`);
  await db.open();
  await fixtureLibrary(db);
  return db;
}

describe('restoreLibrary', () => {
  it('puts back every table from a whole-library backup, with summaries rebuilt', async () => {
    const source = await filledDatabase();
    const snapshot = await createLibraryRepository(source).readSnapshot({ includeRecordings: false });
    const file = createBackupFile(snapshot, { scope: 'library', appVersion: 'test', exportedAt: 0 });

    const target = new VivaDatabase(`restore-${crypto.randomUUID()}`);
    await target.open();
    const outcome = await restoreLibrary(target, file);

    expect(outcome).toEqual({ liveStories: 1, trashedStories: 1, sessions: 1 });
    for (const table of ['stories', 'summaries', 'sessions', 'formats', 'questions', 'practice'] as const) {
      expect(await target.table(table).count(), table).toBe(await source.table(table).count());
    }
    expect((await target.summaries.toArray()).map((s) => s.title).sort()).toEqual(['Blank story', 'Filled story']);
    expect(await target.settings.get('preferences')).toEqual({
      key: 'preferences',
      value: { theme: 'dark', wordsPerMinute: 150 },
    });
  });

  it('keeps the recordings of sessions the backup still has, and drops the others', async () => {
    const db = await filledDatabase();
    const snapshot = await createLibraryRepository(db).readSnapshot({ includeRecordings: false });
    const withSession = createBackupFile(snapshot, { scope: 'library', appVersion: 'test', exportedAt: 0 });
    await restoreLibrary(db, withSession);
    expect(await db.recordings.count()).toBe(1);

    await restoreLibrary(db, { ...withSession, sessions: [] });
    expect(await db.recordings.count()).toBe(0);
  });

  it('carries the delivery analyses, even in a backup without audio, and restores them', async () => {
    const source = await filledDatabase();
    const snapshot = await createLibraryRepository(source).readSnapshot({ includeRecordings: false });
    expect(snapshot.analyses).toHaveLength(1);
    const file = createBackupFile(snapshot, { scope: 'library', appVersion: 'test', exportedAt: 0 });
    const parsed = parseBackupText(serializeBackup(file));
    expect(parsed.ok && parsed.file.analyses).toEqual(await source.analyses.toArray());

    const target = new VivaDatabase(`restore-${crypto.randomUUID()}`);
    await target.open();
    await restoreLibrary(target, file);
    expect(await target.analyses.toArray()).toEqual(await source.analyses.toArray());

    // Restoring a backup without that session drops its analysis with its recording.
    await restoreLibrary(source, { ...file, sessions: [], analyses: [] });
    expect(await source.analyses.count()).toBe(0);
  });

  it('refuses a one-story backup: restore replaces a whole library', async () => {
    const db = await filledDatabase();
    const snapshot = await createLibraryRepository(db).readSnapshot({ includeRecordings: false });
    const oneStory = createBackupFile(snapshot, { scope: 'story', appVersion: 'test', exportedAt: 0 });
    await expect(restoreLibrary(db, oneStory)).rejects.toThrow(/one story, not a whole library/);
    expect(await db.stories.count()).toBe(2);
  });
});
