import type { AnswerRating, PracticeState } from '../../shared/model/challenge';
import type { VivaDatabase } from './database';

function blank(questionId: string): PracticeState {
  return { questionId, notes: '', log: [], card: null };
}

/** The user's practice with each challenge question: answer notes, ratings, and its FSRS card. */
export function createPracticeRepository(db: VivaDatabase) {
  return {
    async get(questionId: string): Promise<PracticeState> {
      return (await db.practice.get(questionId)) ?? blank(questionId);
    },
    async list(): Promise<PracticeState[]> {
      return db.practice.toArray();
    },
    /** Record a rated answer (from a drill or a rehearsal) and reschedule the question. */
    async recordRating(
      questionId: string,
      rating: AnswerRating,
      answerMs: number | null,
      source: 'drill' | 'rehearsal',
      now: number,
    ): Promise<PracticeState> {
      // The scheduler (ts-fsrs) loads on the first rating, not at start; and before the
      // transaction, which would close while waiting for anything but IndexedDB.
      const { scheduleAfter } = await import('../../shared/drills/scheduleCard');
      return db.transaction('rw', db.practice, async () => {
        const current = (await db.practice.get(questionId)) ?? blank(questionId);
        const next: PracticeState = {
          ...current,
          log: [...current.log, { at: now, rating, answerMs, source }],
          card: scheduleAfter(current.card, rating, now),
        };
        await db.practice.put(next);
        return next;
      });
    },
    async setNotes(questionId: string, notes: string): Promise<void> {
      await db.transaction('rw', db.practice, async () => {
        const current = (await db.practice.get(questionId)) ?? blank(questionId);
        await db.practice.put({ ...current, notes });
      });
    },
  };
}

export type PracticeRepository = ReturnType<typeof createPracticeRepository>;
