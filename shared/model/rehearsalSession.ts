import { z } from 'zod';
import { ANSWER_RATINGS } from './challenge';
import { idSchema } from './ids';
import { lineSchema, textSchema } from './text';

const timestamp = z.number().int().nonnegative();
const duration = z.number().nonnegative();

export const sessionSegmentSchema = z.strictObject({
  title: lineSchema,
  budgetMs: z.number().int().nonnegative(),
  actualMs: duration,
  beatId: idSchema.nullable(),
});
export type SessionSegment = z.infer<typeof sessionSegmentSchema>;

export const sessionChallengeSchema = z.strictObject({
  questionId: z.string().min(1).max(80),
  text: z.string().max(600),
  segmentIndex: z.number().int().nonnegative(),
  /** When it was thrown, in run time since the start. */
  askedAtMs: duration,
  answerMs: duration,
  rating: z.enum(ANSWER_RATINGS).nullable(),
});
export type SessionChallenge = z.infer<typeof sessionChallengeSchema>;

export const recordingInfoSchema = z.strictObject({
  mimeType: z.string().max(100),
  durationMs: duration,
  /** Where each segment starts in the recording. */
  markers: z.array(z.strictObject({ segmentIndex: z.number().int().nonnegative(), atMs: duration })).max(200),
});
export type RecordingInfo = z.infer<typeof recordingInfoSchema>;

export const RUBRIC_CRITERIA = ['hypothesis', 'design', 'scalability', 'risk', 'clarity'] as const;
export type RubricCriterion = (typeof RUBRIC_CRITERIA)[number];

const rubricScore = z.number().int().min(1).max(5).nullable();

/** The user's own scores of a research-design run, 1 to 5 per criterion; null where not scored yet. */
export const designRubricScoresSchema = z.strictObject({
  hypothesis: rubricScore,
  design: rubricScore,
  scalability: rubricScore,
  risk: rubricScore,
  clarity: rubricScore,
});
export type DesignRubricScores = z.infer<typeof designRubricScoresSchema>;

export const rehearsalSessionSchema = z.strictObject({
  id: idSchema,
  storyId: idSchema.nullable(),
  formatId: idSchema,
  formatName: lineSchema,
  startedAt: timestamp,
  endedAt: timestamp,
  segments: z.array(sessionSegmentSchema).max(200),
  challenges: z.array(sessionChallengeSchema).max(500),
  pausedMs: duration,
  isNoNotes: z.boolean(),
  /** What to fix next time, written in the review. */
  note: textSchema,
  /** Words in the outline's notes at the time of the run, to measure speaking pace. */
  outlineWords: z.number().int().nonnegative().nullable(),
  recording: recordingInfoSchema.nullable(),
  /**
   * Self-scores on the research-design rubric. Optional: sessions saved before it existed (and
   * backups of them) have none, and runs of other formats never do.
   */
  rubric: designRubricScoresSchema.optional(),
});
export type RehearsalSession = z.infer<typeof rehearsalSessionSchema>;
