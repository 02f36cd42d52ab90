/*
 * Backups in and out of the database. Export reads the library (or one story) in one
 * transaction; import reads the whole file and checks everything first (shared/backup), decodes
 * any recordings, then writes every record in ONE transaction with add-only writes: if anything
 * fails, nothing is written, and nothing already in the library can be replaced.
 */
import type { BackupFile } from '../../shared/backup/backupFile';
import type { BackupProblem } from '../../shared/backup/backupProblem';
import { createBackupFile } from '../../shared/backup/createBackupFile';
import { planImport, type ImportReport } from '../../shared/backup/planImport';
import { newId } from '../../shared/model/ids';
import { summarizeStory } from '../../shared/story/summarizeStory';
import type { RecordingRecord, VivaDatabase } from './database';
import { createLibraryRepository } from './libraryRepository';
import { parseBackupOffThread } from './parseBackupOffThread';

export type ImportStage = 'checking' | 'writing' | 'done';
export interface ImportProgress {
  stage: ImportStage;
  /** Records written so far, and in all (0 of 0 while checking). */
  done: number;
  total: number;
}

export type ImportOutcome = { ok: true; report: ImportReport; notes: BackupProblem[] } | { ok: false; problems: BackupProblem[] };

const PREFERENCES_KEY = 'preferences';
/** Records written between two progress reports. */
const CHUNK = 25;

function decodeBase64(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function createBackupRepository(db: VivaDatabase, clock: () => number = Date.now) {
  const library = createLibraryRepository(db);

  async function importFile(file: BackupFile, onProgress: (p: ImportProgress) => void = () => undefined): Promise<ImportOutcome> {
    const recordings: RecordingRecord[] = [];
    const problems: BackupProblem[] = [];
    file.recordings.forEach((recording, index) => {
      try {
        const blob = new Blob([decodeBase64(recording.data)], { type: recording.mimeType });
        recordings.push({ sessionId: recording.sessionId, mimeType: recording.mimeType, blob });
      } catch {
        problems.push({ where: `recordings[${index + 1}].data`, message: 'the recording is not valid base64 audio' });
      }
    });
    if (problems.length > 0) return { ok: false, problems };
    const tables = [
      db.stories,
      db.summaries,
      db.sessions,
      db.recordings,
      db.analyses,
      db.critiques,
      db.formats,
      db.questions,
      db.practice,
      db.settings,
    ];
    const report = await db.transaction('rw', tables, async () => {
      const plan = planImport(
        file,
        {
          storyIds: new Set(await db.stories.toCollection().primaryKeys()),
          critiqueIds: new Set(await db.critiques.toCollection().primaryKeys()),
          sessionIds: new Set(await db.sessions.toCollection().primaryKeys()),
          formatIds: new Set(await db.formats.toCollection().primaryKeys()),
          questionIds: new Set(await db.questions.toCollection().primaryKeys()),
          practiceIds: new Set(await db.practice.toCollection().primaryKeys()),
          hasPreferences: (await db.settings.get(PREFERENCES_KEY)) !== undefined,
        },
        newId,
      );
      const wanted = new Set(plan.recordings.map((r) => r.sessionId));
      const total =
        plan.stories.length + plan.sessions.length + plan.formats.length + plan.questions.length + plan.practice.length;
      let done = 0;
      onProgress({ stage: 'writing', done, total });
      for (let i = 0; i < plan.stories.length; i += CHUNK) {
        const chunk = plan.stories.slice(i, i + CHUNK);
        // bulkAdd, never put: a key that somehow exists aborts the whole import instead of replacing.
        await db.stories.bulkAdd(chunk);
        await db.summaries.bulkAdd(chunk.map(summarizeStory));
        done += chunk.length;
        onProgress({ stage: 'writing', done, total });
      }
      await db.sessions.bulkAdd(plan.sessions);
      await db.recordings.bulkAdd(recordings.filter((r) => wanted.has(r.sessionId)));
      await db.analyses.bulkAdd(plan.analyses);
      await db.critiques.bulkAdd(plan.critiques);
      await db.formats.bulkAdd(plan.formats);
      await db.questions.bulkAdd(plan.questions);
      await db.practice.bulkAdd(plan.practice);
      if (plan.preferences) await db.settings.add({ key: PREFERENCES_KEY, value: plan.preferences });
      onProgress({ stage: 'done', done: total, total });
      return plan.report;
    });
    return { ok: true, report, notes: [] };
  }

  return {
    /** A backup of the whole library, or of one story with its rehearsals, ready to serialize. */
    async exportBackup(options: { storyId?: string; includeRecordings: boolean; appVersion: string }): Promise<BackupFile> {
      const snapshot = await library.readSnapshot(options);
      if (options.storyId !== undefined && snapshot.stories.length === 0) throw new Error('That story no longer exists.');
      const scope = options.storyId === undefined ? 'library' : 'story';
      return createBackupFile(snapshot, { scope, appVersion: options.appVersion, exportedAt: clock() });
    },
    importFile,
    /** Read, check and import the bytes of a backup file: all of it, or nothing with every problem listed. */
    async importBytes(bytes: Uint8Array, onProgress: (p: ImportProgress) => void = () => undefined): Promise<ImportOutcome> {
      onProgress({ stage: 'checking', done: 0, total: 0 });
      const result = await parseBackupOffThread(bytes);
      if (!result.ok) return { ok: false, problems: result.problems };
      const outcome = await importFile(result.file, onProgress);
      return outcome.ok ? { ...outcome, notes: result.notes } : outcome;
    },
  };
}

export type BackupRepository = ReturnType<typeof createBackupRepository>;
