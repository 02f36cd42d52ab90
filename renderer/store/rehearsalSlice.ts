import type { StateCreator } from 'zustand';
import type { AnswerRating, ChallengeQuestion, PracticeState } from '../../shared/model/challenge';
import type { RehearsalFormat } from '../../shared/model/rehearsalFormat';
import type { RehearsalSession } from '../../shared/model/rehearsalSession';
import type { Story } from '../../shared/model/story';
import type { AppState } from './appState';
import type { Services } from './services';

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
  /** Delete a stored format: the user's own goes, an edited preset returns to as shipped. */
  removeFormat(id: string): Promise<void>;
  addQuestion(text: string, tags: readonly string[]): Promise<void>;
  updateQuestion(id: string, text: string, tags: readonly string[]): Promise<void>;
  /** Delete one of the user's questions, with an undo offered right away. */
  removeQuestion(id: string): Promise<void>;
  setAnswerNotes(questionId: string, notes: string): Promise<void>;
  /** Record how a question thrown during a rehearsal was answered. */
  recordAnswer(questionId: string, rating: AnswerRating, seconds: number): Promise<void>;
  saveSession(session: RehearsalSession): Promise<RehearsalSession>;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createRehearsalSlice(services: Services): StateCreator<AppState, [], [], RehearsalSlice> {
  return (set, get) => {
    const refreshQuestions = async () => set({ ownQuestions: await services.questions.list() });
    const refreshPractice = async () => set({ practice: await services.practice.list() });
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
        await services.formats.save(format);
        set({ storedFormats: await services.formats.list() });
      },
      removeFormat: async (id) => {
        await services.formats.remove(id);
        set({ storedFormats: await services.formats.list() });
      },
      addQuestion: async (text, tags) => {
        await services.questions.add(text, tags);
        await refreshQuestions();
      },
      updateQuestion: async (id, text, tags) => {
        await services.questions.update(id, text, tags);
        await refreshQuestions();
      },
      removeQuestion: async (id) => {
        const removed = await services.questions.remove(id);
        await refreshQuestions();
        if (!removed) return;
        get().notify('Question deleted.', 'info', {
          label: 'Undo',
          run: () =>
            void services.questions
              .restore(removed)
              .then(refreshQuestions)
              .catch((error: unknown) => get().notify(`The question could not be put back: ${message(error)}`, 'error')),
        });
      },
      setAnswerNotes: async (questionId, notes) => {
        await services.practice.setNotes(questionId, notes);
        await refreshPractice();
      },
      recordAnswer: async (questionId, rating, seconds) => {
        await services.practice.recordRating(questionId, rating, seconds, 'rehearsal', services.clock());
        await refreshPractice();
      },
      saveSession: (session) => services.sessions.save(session, null),
    };
  };
}
