/*
 * Spaced repetition for challenge questions, through ts-fsrs (FSRS). A rating of an answer,
 * from a drill or a rehearsal, moves the question's card; stored cards use epoch milliseconds.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { AnswerRating, FsrsCardRecord } from '../model/challenge';

// No fuzz: the same history always gives the same schedule, which users and tests can rely on.
const scheduler = fsrs({ enable_fuzz: false });

const GRADES: Record<AnswerRating, Grade> = { nailed: Rating.Good, shaky: Rating.Hard, missed: Rating.Again };

function toCard(record: FsrsCardRecord | null, now: number): Card {
  if (!record) return createEmptyCard(new Date(now));
  return {
    due: new Date(record.due),
    stability: record.stability,
    difficulty: record.difficulty,
    elapsed_days: record.elapsedDays,
    scheduled_days: record.scheduledDays,
    learning_steps: record.learningSteps,
    reps: record.reps,
    lapses: record.lapses,
    state: record.state,
    ...(record.lastReview === null ? {} : { last_review: new Date(record.lastReview) }),
  };
}

function toRecord(card: Card): FsrsCardRecord {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

/** The card after an answer rated `rating` at `now` (a new card when there was none). */
export function scheduleAfter(record: FsrsCardRecord | null, rating: AnswerRating, now: number): FsrsCardRecord {
  return toRecord(scheduler.next(toCard(record, now), new Date(now), GRADES[rating]).card);
}

/** Whether a question is due for practice at `now`; a question never practised is due. */
export function isDue(record: FsrsCardRecord | null, now: number): boolean {
  return record === null || record.due <= now;
}
