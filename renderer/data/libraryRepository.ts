import type { BackupRecording, LibrarySnapshot } from '../../shared/backup/backupFile';
import type { VivaDatabase } from './database';
import { createSettingsRepository } from './settingsRepository';

export interface SnapshotOptions {
  /** Only this story and its rehearsal sessions; otherwise the whole library. */
  storyId?: string;
  includeRecordings: boolean;
}

async function encodeBlob(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The library as a whole: the records a backup carries, read in one consistent transaction. */
export function createLibraryRepository(db: VivaDatabase) {
  const settings = createSettingsRepository(db);
  return {
    async readSnapshot(options: SnapshotOptions): Promise<LibrarySnapshot> {
      const tables = [
        db.stories,
        db.sessions,
        db.formats,
        db.questions,
        db.practice,
        db.settings,
        db.recordings,
        db.analyses,
        db.critiques,
      ];
      return db.transaction('r', tables, async () => {
        const { storyId } = options;
        const stories = storyId ? await db.stories.where('id').equals(storyId).toArray() : await db.stories.toArray();
        const sessions = storyId ? await db.sessions.where('storyId').equals(storyId).toArray() : await db.sessions.toArray();
        const recordings: BackupRecording[] = [];
        if (options.includeRecordings) {
          const sessionIds = sessions.map((s) => s.id);
          for (const record of await db.recordings.where('sessionId').anyOf(sessionIds).toArray()) {
            recordings.push({ sessionId: record.sessionId, mimeType: record.mimeType, data: await encodeBlob(record.blob) });
          }
        }
        return {
          stories,
          sessions,
          formats: await db.formats.toArray(),
          questions: await db.questions.toArray(),
          practice: await db.practice.toArray(),
          preferences: storyId ? null : await settings.getPreferences(),
          recordings,
          analyses: await db.analyses
            .where('sessionId')
            .anyOf(sessions.map((s) => s.id))
            .toArray(),
          critiques: storyId ? [] : await db.critiques.toArray(),
        };
      });
    },
    /**
     * Call `listener` after any write to the library in this window (a save, a delete, an
     * import), for the rolling backups; returns the way to stop.
     */
    onWrite(listener: () => void): () => void {
      const tables = [db.stories, db.sessions, db.formats, db.questions, db.practice, db.settings, db.recordings, db.critiques];
      // Dexie uses what a hook returns, so the hook returns nothing; the listener runs after the write.
      const hook = () => void queueMicrotask(listener);
      for (const table of tables) {
        table.hook('creating').subscribe(hook);
        table.hook('updating').subscribe(hook);
        table.hook('deleting').subscribe(hook);
      }
      return () => {
        for (const table of tables) {
          table.hook('creating').unsubscribe(hook);
          table.hook('updating').unsubscribe(hook);
          table.hook('deleting').unsubscribe(hook);
        }
      };
    },
  };
}

export type LibraryRepository = ReturnType<typeof createLibraryRepository>;
