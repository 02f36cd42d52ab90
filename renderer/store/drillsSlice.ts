/*
 * Drills: spaced-repetition practice over the challenge deck. The user's questions and their
 * practice are the same store keys the rehearsal slice keeps (`ownQuestions`, `practice`), so a
 * rating given in a rehearsal and one given here land in one schedule.
 */
import type { StateCreator } from 'zustand';
import type { AnswerRating, PracticeState } from '../../shared/model/challenge';
import type { AppState } from './appState';
import type { Services } from './services';
import { errorMessage as message } from '../../shared/text/errorMessage';

export interface DrillsSlice {
  drillStatus: 'idle' | 'loading' | 'ready' | 'error';
  drillError: string | null;
  /** Read the user's questions and their practice. */
  loadDrills(): Promise<void>;
  /** Record a drill answer's rating (and its time, when timed) and reschedule the question. */
  rateDrill(questionId: string, rating: AnswerRating, answerMs: number | null): Promise<PracticeState | null>;
}

export function createDrillsSlice(services: Services): StateCreator<AppState, [], [], DrillsSlice> {
  return (set, get) => ({
    drillStatus: 'idle',
    drillError: null,
    loadDrills: async () => {
      if (get().drillStatus === 'idle') set({ drillStatus: 'loading' });
      try {
        const [ownQuestions, practice] = await Promise.all([services.questions.list(), services.practice.list()]);
        set({ ownQuestions, practice, drillStatus: 'ready', drillError: null });
      } catch (error) {
        set({ drillStatus: 'error', drillError: `Viva could not read your practice: ${message(error)}` });
      }
    },
    rateDrill: async (questionId, rating, answerMs) => {
      try {
        const state = await services.practice.recordRating(questionId, rating, answerMs, 'drill', services.clock());
        set({ practice: await services.practice.list() });
        return state;
      } catch (error) {
        get().notify(`The rating was not saved: ${message(error)}`, 'error');
        return null;
      }
    },
  });
}
