import { deliveryAnalysisSchema, type DeliveryAnalysis } from '../../shared/model/deliveryAnalysis';
import { rehearsalSessionSchema, type DesignRubricScores, type RehearsalSession } from '../../shared/model/rehearsalSession';
import { describeZodError } from '../../shared/validation/describeZodError';
import type { RecordingRecord, VivaDatabase } from './database';

function validated(session: RehearsalSession): RehearsalSession {
  const result = rehearsalSessionSchema.safeParse(session);
  if (!result.success) throw new Error(describeZodError(result.error, 'session'));
  return result.data;
}

/** What a deleted session took with it, to put back on undo. */
export interface RemovedSession {
  session: RehearsalSession;
  recording: RecordingRecord | undefined;
  analysis?: DeliveryAnalysis | undefined;
}

/**
 * Rehearsal sessions, their recordings (audio kept in its own table, loaded only on demand) and
 * the delivery analyses of those recordings (which live and die with their recording).
 */
export function createSessionRepository(db: VivaDatabase) {
  return {
    /** Save a finished session with its recording, if any, in one transaction. */
    async save(session: RehearsalSession, recording: { blob: Blob; mimeType: string } | null): Promise<RehearsalSession> {
      const checked = validated(session);
      await db.transaction('rw', db.sessions, db.recordings, async () => {
        await db.sessions.put(checked);
        if (recording) await db.recordings.put({ sessionId: checked.id, ...recording });
      });
      return checked;
    },
    /** Every session, most recent first. */
    async list(): Promise<RehearsalSession[]> {
      return db.sessions.orderBy('startedAt').reverse().toArray();
    },
    async get(id: string): Promise<RehearsalSession | undefined> {
      return db.sessions.get(id);
    },
    async setNote(id: string, note: string): Promise<RehearsalSession> {
      return db.transaction('rw', db.sessions, async () => {
        const current = await db.sessions.get(id);
        if (!current) throw new Error('That rehearsal no longer exists.');
        const next = validated({ ...current, note });
        await db.sessions.put(next);
        return next;
      });
    },
    /** Store the user's rubric scores of a run. */
    async setRubric(id: string, rubric: DesignRubricScores): Promise<RehearsalSession> {
      return db.transaction('rw', db.sessions, async () => {
        const current = await db.sessions.get(id);
        if (!current) throw new Error('That rehearsal no longer exists.');
        const next = validated({ ...current, rubric });
        await db.sessions.put(next);
        return next;
      });
    },
    /**
     * Store a run's audio ahead of its session: the recorder finishes before the run screen hands
     * the session over to be saved, and the session then names the recording it has.
     */
    async saveRecording(sessionId: string, recording: { blob: Blob; mimeType: string }): Promise<void> {
      await db.recordings.put({ sessionId, ...recording });
    },
    async getRecording(sessionId: string): Promise<RecordingRecord | undefined> {
      return db.recordings.get(sessionId);
    },
    /** Store the delivery analysis of a session's recording, if the recording is still there. */
    async saveAnalysis(analysis: DeliveryAnalysis): Promise<boolean> {
      const checked = deliveryAnalysisSchema.parse(analysis);
      return db.transaction('rw', db.recordings, db.analyses, async () => {
        // The recording may have been deleted while it was being analysed.
        if (!(await db.recordings.get(checked.sessionId))) return false;
        await db.analyses.put(checked);
        return true;
      });
    },
    async getAnalysis(sessionId: string): Promise<DeliveryAnalysis | undefined> {
      return db.analyses.get(sessionId);
    },
    /** Every stored delivery analysis, for the trend across runs. */
    async listAnalyses(): Promise<DeliveryAnalysis[]> {
      return db.analyses.toArray();
    },
    /** Delete a session's recording and its analysis, and say so on the session. */
    async removeRecording(sessionId: string): Promise<RehearsalSession | undefined> {
      return db.transaction('rw', db.sessions, db.recordings, db.analyses, async () => {
        await db.recordings.delete(sessionId);
        await db.analyses.delete(sessionId);
        const current = await db.sessions.get(sessionId);
        if (!current) return undefined;
        const next = { ...current, recording: null };
        await db.sessions.put(next);
        return next;
      });
    },
    /** Delete a session, its recording and analysis; what was deleted comes back, for undo. */
    async remove(id: string): Promise<RemovedSession | undefined> {
      return db.transaction('rw', db.sessions, db.recordings, db.analyses, async () => {
        const session = await db.sessions.get(id);
        if (!session) return undefined;
        const recording = await db.recordings.get(id);
        const analysis = await db.analyses.get(id);
        await db.sessions.delete(id);
        await db.recordings.delete(id);
        await db.analyses.delete(id);
        return { session, recording, analysis };
      });
    },
    async restore(removed: RemovedSession): Promise<void> {
      await db.transaction('rw', db.sessions, db.recordings, db.analyses, async () => {
        await db.sessions.put(validated(removed.session));
        if (removed.recording) await db.recordings.put(removed.recording);
        if (removed.recording && removed.analysis) await db.analyses.put(removed.analysis);
      });
    },
  };
}

export type SessionRepository = ReturnType<typeof createSessionRepository>;
