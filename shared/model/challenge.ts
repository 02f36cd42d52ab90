/*
 * Challenge questions (the deck) and the user's practice with them. Built-in questions live in
 * shared/content; the user's own questions and the practice state of every question (notes,
 * ratings, spaced-repetition card) are stored records.
 */
import { z } from 'zod';
import { idSchema } from './ids';
import { BEAT_KINDS } from './outline';
import { SECTION_IDS } from './sections';
import { textSchema } from './text';

/** What a question fits: story sections, talk beats, interview segments, or anything. */
export const CHALLENGE_TAGS = [
  ...SECTION_IDS,
  ...BEAT_KINDS.filter((kind) => kind !== 'custom'),
  'framing',
  'solution',
  'impact',
  'behavioural',
  'pitch',
  'general',
] as const;
export type ChallengeTag = (typeof CHALLENGE_TAGS)[number];

export const MAX_QUESTION = 600;

export const challengeQuestionSchema = z.strictObject({
  id: idSchema,
  text: z.string().min(1).max(MAX_QUESTION),
  tags: z.array(z.enum(CHALLENGE_TAGS)).max(20),
  createdAt: z.number().int().nonnegative(),
});
export type ChallengeQuestion = z.infer<typeof challengeQuestionSchema>;

export const ANSWER_RATINGS = ['nailed', 'shaky', 'missed'] as const;
export type AnswerRating = (typeof ANSWER_RATINGS)[number];

export const ANSWER_RATING_LABELS: Record<AnswerRating, string> = { nailed: 'Nailed it', shaky: 'Shaky', missed: 'Missed' };

export const practiceEntrySchema = z.strictObject({
  at: z.number().int().nonnegative(),
  rating: z.enum(ANSWER_RATINGS),
  /** How long the answer took, when timed. */
  answerMs: z.number().int().nonnegative().nullable(),
  source: z.enum(['drill', 'rehearsal']),
});
export type PracticeEntry = z.infer<typeof practiceEntrySchema>;

/** A spaced-repetition card (ts-fsrs), with dates as epoch milliseconds so it survives JSON. */
export const fsrsCardSchema = z.strictObject({
  due: z.number().int().nonnegative(),
  stability: z.number().nonnegative(),
  difficulty: z.number().nonnegative(),
  elapsedDays: z.number().nonnegative(),
  scheduledDays: z.number().nonnegative(),
  learningSteps: z.number().int().nonnegative(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  state: z.number().int().min(0).max(3),
  lastReview: z.number().int().nonnegative().nullable(),
});
export type FsrsCardRecord = z.infer<typeof fsrsCardSchema>;

export const practiceStateSchema = z.strictObject({
  questionId: idSchema.or(z.string().regex(/^builtin:[a-z0-9-]+$/)),
  notes: textSchema,
  log: z.array(practiceEntrySchema).max(5000),
  card: fsrsCardSchema.nullable(),
});
export type PracticeState = z.infer<typeof practiceStateSchema>;
