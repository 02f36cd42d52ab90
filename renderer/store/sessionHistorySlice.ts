/*
 * Past rehearsals: the history list and the session open in the review, with its note and its
 * recording. Audio is never held here; the review loads it on demand.
 */
import type { StateCreator } from 'zustand';
import type { DesignRubricScores, RehearsalSession } from '../../shared/model/rehearsalSession';
import type { RecordingRecord } from '../data/database';
import type { RemovedSession } from '../data/sessionRepository';
import type { AppState } from './appState';
import type { Services } from './services';
import { errorMessage as message } from '../../shared/text/errorMessage';

export interface ReviewedSession {
  id: string;
  status: 'loading' | 'ready' | 'missing' | 'error';
  session: RehearsalSession | null;
}

export interface SessionHistorySlice {
  /** Every session, most recent first; null until loaded. */
  sessionHistory: RehearsalSession[] | null;
  sessionHistoryError: string | null;
  loadSessionHistory(): Promise<void>;
  reviewed: ReviewedSession | null;
  openReview(id: string): Promise<void>;
  saveSessionNote(id: string, note: string): Promise<void>;
  saveSessionRubric(id: string, rubric: DesignRubricScores): Promise<void>;
  loadRecording(sessionId: string): Promise<RecordingRecord | undefined>;
  /** Delete a session's recording, with an undo offered right away. */
  deleteRecording(sessionId: string): Promise<void>;
  /** Delete a session and its recording, with an undo offered right away. */
  deleteSession(id: string): Promise<void>;
  /** Delete a session and its recording, recorded for undo under `label`; the entry's id, or null. */
  removeSessionUndoably(id: string, label: string): Promise<number | null>;
  /** Delete a session and its recording, returning what was deleted (no undo entry). */
  forgetSession(id: string): Promise<RemovedSession | undefined>;
  /** Put a deleted session and its recording back (no undo entry). */
  putBackSession(removed: RemovedSession): Promise<void>;
  /** Store a finished run's audio under the id its session will be saved with. */
  saveRecordingAudio(sessionId: string, audio: { blob: Blob; mimeType: string }): Promise<void>;
}

/** What follows a session's removal elsewhere in the app (createSliceHooks in workflows.ts says how). */
export interface SessionHistoryHooks {
  /** A session's recording is gone, with the session or alone. */
  recordingGone(sessionId: string): void;
}

export function createSessionHistorySlice(
  services: Services,
  hooks: SessionHistoryHooks,
): StateCreator<AppState, [], [], SessionHistorySlice> {
  return (set, get) => {
    // Keep the open review and the history list in step with what was written.
    const replace = (session: RehearsalSession) => {
      const { reviewed, sessionHistory } = get();
      set({
        reviewed: reviewed?.id === session.id ? { ...reviewed, session } : reviewed,
        sessionHistory: sessionHistory?.map((s) => (s.id === session.id ? session : s)) ?? null,
      });
    };
    return {
      sessionHistory: null,
      sessionHistoryError: null,
      loadSessionHistory: async () => {
        try {
          set({ sessionHistory: await services.sessions.list(), sessionHistoryError: null });
        } catch (error) {
          set({ sessionHistoryError: `Past rehearsals could not be read: ${message(error)}` });
        }
      },
      reviewed: null,
      openReview: async (id) => {
        set({ reviewed: { id, status: 'loading', session: null } });
        try {
          const session = await services.sessions.get(id);
          if (get().reviewed?.id !== id) return;
          set({ reviewed: { id, status: session ? 'ready' : 'missing', session: session ?? null } });
        } catch (error) {
          if (get().reviewed?.id === id) set({ reviewed: { id, status: 'error', session: null } });
          get().notify(`This rehearsal could not be read: ${message(error)}`, 'error');
        }
      },
      saveSessionNote: async (id, note) => {
        try {
          replace(await services.sessions.setNote(id, note));
        } catch (error) {
          get().notify(`The note was not saved: ${message(error)}`, 'error');
          throw error;
        }
      },
      saveSessionRubric: async (id, rubric) => {
        try {
          replace(await services.sessions.setRubric(id, rubric));
        } catch (error) {
          get().notify(`The rubric scores were not saved: ${message(error)}`, 'error');
        }
      },
      loadRecording: async (sessionId) => services.sessions.getRecording(sessionId),
      deleteSession: async (id) => {
        const entry = await get().removeSessionUndoably(id, 'deleted a rehearsal');
        if (entry === null) return;
        get().notify('Rehearsal deleted.', 'info', { label: 'Undo', run: () => void get().undoChange(entry) });
      },
      removeSessionUndoably: async (id, label) => {
        // What a redo deletes again is what the next undo puts back, with any note written since.
        let removed = await get().forgetSession(id);
        if (!removed) return null;
        return get().recordRecordsChange(
          label,
          async () => {
            if (removed) await get().putBackSession(removed);
          },
          async () => {
            removed = (await get().forgetSession(id)) ?? removed;
          },
        );
      },
      forgetSession: async (id) => {
        const removed = await services.sessions.remove(id);
        const { sessionHistory, reviewed } = get();
        set({
          sessionHistory: sessionHistory?.filter((s) => s.id !== id) ?? null,
          reviewed: reviewed?.id === id ? { id, status: 'missing', session: null } : reviewed,
        });
        hooks.recordingGone(id);
        return removed;
      },
      putBackSession: async (removed) => {
        const { id } = removed.session;
        await services.sessions.restore(removed);
        if (get().sessionHistory) await get().loadSessionHistory();
        if (get().reviewed?.id === id) await get().openReview(id);
      },
      saveRecordingAudio: async (sessionId, audio) => services.sessions.saveRecording(sessionId, audio),
      deleteRecording: async (sessionId) => {
        const before = await services.sessions.get(sessionId);
        const recording = await services.sessions.getRecording(sessionId);
        const analysis = await services.sessions.getAnalysis(sessionId);
        const after = await services.sessions.removeRecording(sessionId);
        if (after) replace(after);
        hooks.recordingGone(sessionId);
        if (!before || !recording) return;
        const putBack = async () => {
          // The note may have changed since; keep the newer one.
          const current = await services.sessions.get(sessionId);
          const restored = { ...before, note: current?.note ?? before.note };
          await services.sessions.restore({ session: restored, recording, analysis });
          replace(restored);
        };
        const removeAgain = async () => {
          const removed = await services.sessions.removeRecording(sessionId);
          if (removed) replace(removed);
          hooks.recordingGone(sessionId);
        };
        const entry = get().recordRecordsChange('deleted a recording', putBack, removeAgain);
        get().notify('Recording deleted.', 'info', { label: 'Undo', run: () => void get().undoChange(entry) });
      },
    };
  };
}
