import { Blob as NodeBlob } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { VivaDatabase } from '../../../renderer/data/database';
import { createLibraryRepository } from '../../../renderer/data/libraryRepository';
import { createStoryRepository } from '../../../renderer/data/storyRepository';
import { backupFileSchema, BACKUP_FORMAT } from '../../../shared/backup/backupFile';
import type { RehearsalSession } from '../../../shared/model/rehearsalSession';

function session(id: string, storyId: string): RehearsalSession {
  return {
    id,
    storyId,
    formatId: 'f1',
    formatName: 'Hypothesis pitch',
    startedAt: 1,
    endedAt: 31_001,
    segments: [{ title: 'Pitch', budgetMs: 30_000, actualMs: 31_000, beatId: null }],
    challenges: [],
    pausedMs: 0,
    isNoNotes: false,
    note: '',
    outlineWords: null,
    recording: null,
  };
}

describe('libraryRepository.readSnapshot', async () => {
  const db = new VivaDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  const stories = createStoryRepository(db);
  const a = await stories.create('A');
  const b = await stories.create('B');
  await db.sessions.bulkPut([session('s1', a.id), session('s2', b.id)]);
  // fake-indexeddb clones with Node's structuredClone, which keeps Node's Blob (not happy-dom's).
  await db.recordings.put({
    sessionId: 's1',
    mimeType: 'audio/webm',
    blob: new NodeBlob([new Uint8Array([1, 2, 3, 250])]) as unknown as Blob,
  });
  const library = createLibraryRepository(db);

  it('reads the whole library, which makes a valid backup', async () => {
    const snapshot = await library.readSnapshot({ includeRecordings: false });
    expect(snapshot.stories).toHaveLength(2);
    expect(snapshot.sessions).toHaveLength(2);
    expect(snapshot.recordings).toEqual([]);
    const file = {
      format: BACKUP_FORMAT,
      schemaVersion: 1,
      appVersion: '0.1.0',
      exportedAt: new Date(0).toISOString(),
      scope: 'library',
      ...snapshot,
    };
    expect(backupFileSchema.safeParse(file).error).toBeUndefined();
  });

  it('reads one story with only its sessions, and recordings when asked', async () => {
    const snapshot = await library.readSnapshot({ storyId: a.id, includeRecordings: true });
    expect(snapshot.stories.map((s) => s.title)).toEqual(['A']);
    expect(snapshot.sessions.map((s) => s.id)).toEqual(['s1']);
    expect(snapshot.recordings).toEqual([
      { sessionId: 's1', mimeType: 'audio/webm', data: btoa(String.fromCharCode(1, 2, 3, 250)) },
    ]);
    expect(snapshot.preferences).toBeNull();
  });
});
