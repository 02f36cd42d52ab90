import type { StateCreator } from 'zustand';
import type { AnswerRating, ChallengeQuestion, PracticeState } from '../../shared/model/challenge';
import type { RehearsalFormat } from '../../shared/model/rehearsalFormat';
import type { RehearsalSession } from '../../shared/model/rehearsalSession';
import type { Story } from '../../shared/model/story';
import type { AppState } from './appState';
import type { Services } from './services';
import { errorMessage as message } from '../../shared/text/errorMessage';

export interface RehearsalSlice {
  /** Formats the user edited or made; the presets themselves live in shared/content. */
  storedFormats: RehearsalFormat[];
  ownQuestions: ChallengeQuestion[];
  practice: PracticeState[];
  rehearsalStatus: 'idle' | 'loading' | 'ready' | 'error';
  rehearsalError: string | null;
  /** Read formats, the user's questions and their practice. */
  loadRehearsal(): Promise<void>;
  /** A story to rehearse, read afresh so the run sees its latest notes. */
  readStoryForRun(id: string): Promise<Story | undefined>;
  saveFormat(format: RehearsalFormat): Promise<void>;
  /**
   * Delete a stored format: the user's own goes, an edited preset returns to as shipped.
   * Returns the undo entry's id, or null when nothing was stored.
   */
  removeFormat(id: string): Promise<number | null>;
  addQuestion(text: string, tags: readonly string[]): Promise<void>;
  updateQuestion(id: string, text: string, tags: readonly string[]): Promise<void>;
  /** Delete one of the user's questions, with an undo offered right away. */
  removeQuestion(id: string): Promise<void>;
  setAnswerNotes(questionId: string, notes: string): Promise<void>;
  /** Record how a question thrown during a rehearsal was answered. */
  recordAnswer(questionId: string, rating: AnswerRating, answerMs: number): Promise<void>;
  saveSession(session: RehearsalSession): Promise<RehearsalSession>;
}

export function createRehearsalSlice(services: Services): StateCreator<AppState, [], [], RehearsalSlice> {
  return (set, get) => {
    const refreshQuestions = async () => set({ ownQuestions: await services.questions.list() });
    const refreshPractice = async () => set({ practice: await services.practice.list() });
    const refreshFormats = async () => set({ storedFormats: await services.formats.list() });
    // Put a format back as it was before a change: stored as it was, or gone if it was not stored.
    const putFormat = (id: string, format: RehearsalFormat | undefined) => async () => {
      if (format) await services.formats.save(format);
      else await services.formats.remove(id);
      await refreshFormats();
    };
    const putQuestion = (id: string, question: ChallengeQuestion | undefined) => async () => {
      if (question) await services.questions.restore(question);
      else await services.questions.remove(id);
      await refreshQuestions();
    };
    return {
      storedFormats: [],
      ownQuestions: [],
      practice: [],
      rehearsalStatus: 'idle',
      rehearsalError: null,
      loadRehearsal: async () => {
        set({ rehearsalStatus: 'loading' });
        try {
          const [storedFormats, ownQuestions, practice] = await Promise.all([
            services.formats.list(),
            services.questions.list(),
            services.practice.list(),
          ]);
          set({ storedFormats, ownQuestions, practice, rehearsalStatus: 'ready', rehearsalError: null });
        } catch (error) {
          set({ rehearsalStatus: 'error', rehearsalError: `Viva could not read its rehearsal data: ${message(error)}` });
        }
      },
      readStoryForRun: (id) => services.stories.get(id),
      saveFormat: async (format) => {
        const before = get().storedFormats.find((f) => f.id === format.id);
        const saved = await services.formats.save(format);
        await refreshFormats();
        const name = saved.name || 'a format';
        get().recordRecordsChange(
          before ? `edited “${name}”` : `saved “${name}”`,
          putFormat(format.id, before),
          putFormat(format.id, saved),
        );
      },
      removeFormat: async (id) => {
        const before = get().storedFormats.find((f) => f.id === id);
        await services.formats.remove(id);
        await refreshFormats();
        if (!before) return null;
        return get().recordRecordsChange(`deleted “${before.name}”`, putFormat(id, before), putFormat(id, undefined));
      },
      addQuestion: async (text, tags) => {
        const added = await services.questions.add(text, tags);
        await refreshQuestions();
        get().recordRecordsChange('added a question', putQuestion(added.id, undefined), putQuestion(added.id, added));
      },
      updateQuestion: async (id, text, tags) => {
        const before = get().ownQuestions.find((q) => q.id === id);
        const after = await services.questions.update(id, text, tags);
        await refreshQuestions();
        if (before) get().recordRecordsChange('edited a question', putQuestion(id, before), putQuestion(id, after));
      },
      removeQuestion: async (id) => {
        const removed = await services.questions.remove(id);
        await refreshQuestions();
        if (!removed) return;
        const entry = get().recordRecordsChange('deleted a question', putQuestion(id, removed), putQuestion(id, undefined));
        get().notify('Question deleted.', 'info', { label: 'Undo', run: () => void get().undoChange(entry) });
      },
      setAnswerNotes: async (questionId, notes) => {
        await services.practice.setNotes(questionId, notes);
        await refreshPractice();
      },
      recordAnswer: async (questionId, rating, answerMs) => {
        await services.practice.recordRating(questionId, rating, answerMs, 'rehearsal', services.clock());
        await refreshPractice();
      },
      saveSession: (session) => services.sessions.save(session, null),
    };
  };
}
