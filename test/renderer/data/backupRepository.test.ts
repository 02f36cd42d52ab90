import 'fake-indexeddb/auto';
import { Blob as NodeBlob } from 'node:buffer';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackupRepository } from '../../../renderer/data/backupRepository';
import { VivaDatabase } from '../../../renderer/data/database';
import { createSettingsRepository } from '../../../renderer/data/settingsRepository';
import { createStoryRepository } from '../../../renderer/data/storyRepository';
import { serializeBackup } from '../../../shared/backup/createBackupFile';
import type { RehearsalSession } from '../../../shared/model/rehearsalSession';
import { storySchema } from '../../../shared/model/story';
import { BAD_BACKUPS } from '../../shared/backup/badBackupCorpus';

let db: VivaDatabase;
const encode = (text: string) => new TextEncoder().encode(text);

beforeEach(async () => {
  db = new VivaDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
});

/** Everything in the database, to check an import changed nothing. */
async function dump(database: VivaDatabase) {
  return Promise.all(database.tables.map(async (table) => [table.name, await table.toArray()]));
}

function session(id: string, storyId: string, beatId: string): RehearsalSession {
  return {
    id,
    storyId,
    formatId: 'f1',
    formatName: 'Job talk',
    startedAt: 1,
    endedAt: 2,
    segments: [{ title: 'Intro', budgetMs: 60_000, actualMs: 50_000, beatId }],
    challenges: [],
    pausedMs: 0,
    isNoNotes: false,
    note: '',
    outlineWords: null,
    recording: null,
  };
}

describe('backupRepository', () => {
  it('imports a library backup into an empty library exactly as exported', async () => {
    const source = new VivaDatabase(`test-${crypto.randomUUID()}`);
    const stories = createStoryRepository(source);
    const a = await stories.create('Retrieval at scale');
    await stories.create('Sparse attention');
    await source.sessions.put(session('s1', a.id, a.outline.beats[0]!.id));
    await createSettingsRepository(source).setPreferences({ theme: 'dark', wordsPerMinute: 150 });
    const file = await createBackupRepository(source, () => 5).exportBackup({ includeRecordings: false, appVersion: '0.1.0' });

    const progress: string[] = [];
    const outcome = await createBackupRepository(db).importBytes(encode(serializeBackup(file)), (p) =>
      progress.push(`${p.stage} ${p.done}/${p.total}`),
    );

    expect(outcome).toEqual({
      ok: true,
      notes: [],
      report: { storiesAdded: 2, storiesCopied: [], sessionsAdded: 1, critiquesAdded: 0, alreadyPresent: 0 },
    });
    expect(progress).toEqual(['checking 0/0', 'writing 0/3', 'writing 2/3', 'done 3/3']);
    expect(await dump(db)).toEqual(await dump(source));
  });

  it('brings a story whose id is taken in as a copy with new ids, leaving the original and its rehearsals alone', async () => {
    const stories = createStoryRepository(db);
    const original = await stories.create('Retrieval at scale');
    await db.sessions.put(session('s1', original.id, original.outline.beats[0]!.id));
    const backups = createBackupRepository(db);
    const file = await backups.exportBackup({ storyId: original.id, includeRecordings: false, appVersion: '0.1.0' });
    const before = await db.stories.get(original.id);

    const outcome = await backups.importBytes(
      encode(serializeBackup({ ...file, sessions: [session('s2', original.id, original.outline.beats[0]!.id)] })),
    );

    expect(outcome).toMatchObject({
      ok: true,
      report: { storiesAdded: 1, storiesCopied: ['Retrieval at scale'], sessionsAdded: 1 },
    });
    expect(await db.stories.get(original.id)).toEqual(before);
    const copy = (await db.stories.toArray()).find((s) => s.id !== original.id)!;
    expect(storySchema.parse(copy).title).toBe('Retrieval at scale (imported copy)');
    expect(copy.outline.beats.map((b) => b.title)).toEqual(original.outline.beats.map((b) => b.title));
    expect(copy.outline.beats[0]!.id).not.toBe(original.outline.beats[0]!.id);
    expect(copy.families.axes[0]!.id).not.toBe(original.families.axes[0]!.id);
    const imported = (await db.sessions.get('s2'))!;
    expect(imported.storyId).toBe(copy.id);
    expect(imported.segments[0]!.beatId).toBe(copy.outline.beats[0]!.id);
    expect((await db.sessions.get('s1'))!.storyId).toBe(original.id);
    expect((await db.summaries.get(copy.id))!.title).toBe('Retrieval at scale (imported copy)');
  });

  it('never replaces the user’s preferences', async () => {
    await createSettingsRepository(db).setPreferences({ theme: 'light', wordsPerMinute: 120 });
    const source = new VivaDatabase(`test-${crypto.randomUUID()}`);
    await createSettingsRepository(source).setPreferences({ theme: 'dark', wordsPerMinute: 200 });
    const file = await createBackupRepository(source).exportBackup({ includeRecordings: false, appVersion: '0.1.0' });
    await createBackupRepository(db).importBytes(encode(serializeBackup(file)));
    expect(await createSettingsRepository(db).getPreferences()).toEqual({ theme: 'light', wordsPerMinute: 120 });
  });

  it.each(BAD_BACKUPS)('leaves the database unchanged for a bad file: $name', async ({ bytes, where }) => {
    await createStoryRepository(db).create('Mine');
    const before = await dump(db);
    const outcome = await createBackupRepository(db).importBytes(bytes);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems[0]!.where.startsWith(where)).toBe(true);
    expect(await dump(db)).toEqual(before);
  });

  it('writes nothing when a write fails halfway', async () => {
    const source = new VivaDatabase(`test-${crypto.randomUUID()}`);
    const stories = createStoryRepository(source);
    await stories.create('One');
    await stories.create('Two');
    await source.formats.put({
      id: 'f1',
      name: 'Talk',
      presetKey: null,
      source: 'segments',
      totalMs: 60_000,
      segments: [],
      warnAtFraction: 0.8,
    });
    const file = await createBackupRepository(source).exportBackup({ includeRecordings: false, appVersion: '0.1.0' });
    // A hook that fails on the format write, after the stories were added in the same transaction.
    db.formats.hook('creating', () => {
      throw new Error('disk full');
    });
    const before = await dump(db);
    await expect(createBackupRepository(db).importFile(file)).rejects.toThrow('disk full');
    expect(await dump(db)).toEqual(before);
  });

  it('refuses recordings that are not base64, before writing', async () => {
    const source = new VivaDatabase(`test-${crypto.randomUUID()}`);
    const a = await createStoryRepository(source).create('A');
    await source.sessions.put(session('s1', a.id, a.outline.beats[0]!.id));
    const file = await createBackupRepository(source).exportBackup({ includeRecordings: false, appVersion: '0.1.0' });
    const outcome = await createBackupRepository(db).importFile({
      ...file,
      recordings: [{ sessionId: 's1', mimeType: 'audio/webm', data: '!!' }],
    });
    expect(outcome).toEqual({
      ok: false,
      problems: [{ where: 'recordings[1].data', message: 'the recording is not valid base64 audio' }],
    });
    expect(await db.stories.count()).toBe(0);
  });
});

describe('recordings', () => {
  it('come in with their rehearsal, decoded from base64', async () => {
    // fake-indexeddb clones with Node's structuredClone, which keeps Node's Blob (not happy-dom's).
    vi.stubGlobal('Blob', NodeBlob);
    const source = new VivaDatabase(`test-${crypto.randomUUID()}`);
    const a = await createStoryRepository(source).create('A');
    await source.sessions.put(session('s1', a.id, a.outline.beats[0]!.id));
    const file = await createBackupRepository(source).exportBackup({ includeRecordings: false, appVersion: '0.1.0' });
    const outcome = await createBackupRepository(db).importFile({
      ...file,
      recordings: [{ sessionId: 's1', mimeType: 'audio/webm', data: btoa(String.fromCharCode(1, 2, 3, 250)) }],
    });
    expect(outcome.ok).toBe(true);
    const stored = await db.recordings.get('s1');
    expect(stored?.mimeType).toBe('audio/webm');
    expect([...new Uint8Array(await stored!.blob.arrayBuffer())]).toEqual([1, 2, 3, 250]);
    vi.unstubAllGlobals();
  });
});
