/*
 * Restoring a backup replaces the whole library in one IndexedDB transaction: every table is
 * cleared and refilled, or (on any failure) nothing changes at all. The file must already have
 * been read and validated in full (shared/backup/parseBackup).
 */
import type { BackupFile } from '../../shared/backup/backupFile';
import { critiqueSchema } from '../../shared/model/critique';
import { storySchema } from '../../shared/model/story';
import { summarizeStory } from '../../shared/story/summarizeStory';
import type { RecordingRecord, VivaDatabase } from './database';

const PREFERENCES_KEY = 'preferences';

function decodeRecording(data: string, mimeType: string): Blob {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mimeType });
}

/** What a restore put back, for the message the user sees. */
export interface RestoreOutcome {
  liveStories: number;
  trashedStories: number;
  sessions: number;
}

/** Replace the library with a validated whole-library backup, all or nothing. */
export async function restoreLibrary(db: VivaDatabase, file: BackupFile): Promise<RestoreOutcome> {
  if (file.scope !== 'library') throw new Error('This backup holds one story, not a whole library; import it instead.');
  // Checked again here so that nothing unchecked can reach the tables, whoever calls this.
  const stories = file.stories.map((story) => storySchema.parse(story));
  const critiques = file.critiques.map((critique) => critiqueSchema.parse(critique));
  const restoredSessions = new Set(file.sessions.map((session) => session.id));
  const incoming: RecordingRecord[] = file.recordings.map((r) => ({
    sessionId: r.sessionId,
    mimeType: r.mimeType,
    blob: decodeRecording(r.data, r.mimeType),
  }));
  // Every table but settings is replaced whole; in settings only the preferences are written.
  const replaced = [
    db.stories,
    db.summaries,
    db.sessions,
    db.formats,
    db.questions,
    db.practice,
    db.recordings,
    db.analyses,
    db.critiques,
  ];
  const tables = [...replaced, db.settings];
  await db.transaction('rw', tables, async () => {
    // Automatic backups leave audio out: keep the recordings of sessions the backup still has.
    const kept = (await db.recordings.toArray()).filter((r) => restoredSessions.has(r.sessionId));
    // An analysis goes with its recording: kept where the recording is kept and the file has none.
    const keptIds = new Set(kept.map((r) => r.sessionId));
    const incomingAnalyses = new Set(file.analyses.map((a) => a.sessionId));
    const keptAnalyses = (await db.analyses.toArray()).filter(
      (a) => keptIds.has(a.sessionId) && !incomingAnalyses.has(a.sessionId),
    );
    await Promise.all(replaced.map((t) => t.clear()));
    await db.stories.bulkPut(stories);
    await db.summaries.bulkPut(stories.map(summarizeStory));
    await db.sessions.bulkPut(file.sessions);
    await db.formats.bulkPut(file.formats);
    await db.questions.bulkPut(file.questions);
    await db.practice.bulkPut(file.practice);
    await db.recordings.bulkPut([...kept, ...incoming]);
    await db.analyses.bulkPut([...keptAnalyses, ...file.analyses]);
    await db.critiques.bulkPut(critiques);
    // App flags (such as "the sample was seeded") describe this install and stay as they are.
    if (file.preferences) await db.settings.put({ key: PREFERENCES_KEY, value: file.preferences });
  });
  const live = stories.filter((story) => story.deletedAt === null).length;
  return { liveStories: live, trashedStories: stories.length - live, sessions: file.sessions.length };
}
