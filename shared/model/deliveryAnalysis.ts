/*
 * The delivery analysis of a recorded run, as stored beside its session (table `analyses`,
 * keyed by session id) and carried by backups. Times are in ms from the start of the recording.
 */
import { z } from 'zod';
import { idSchema } from './ids';

const ms = z.number().nonnegative();

export const deliveryPauseSchema = z.strictObject({ atMs: ms, durationMs: ms });
export type DeliveryPause = z.infer<typeof deliveryPauseSchema>;

export const deliveryPitchSchema = z.strictObject({
  medianHz: z.number().positive(),
  /** How far the voice moved: 10th to 90th percentile of voiced frames, in semitones. */
  spreadSemitones: z.number().nonnegative(),
  voicedMs: ms,
});
export type DeliveryPitch = z.infer<typeof deliveryPitchSchema>;

/** Delivery over one stretch of the recording: a segment of the run, or all of it. */
export const deliveryStatsSchema = z.strictObject({
  startMs: ms,
  endMs: ms,
  speakingMs: ms,
  silenceMs: ms,
  /** Silences of a second or more between words, longest reported in full. */
  pauses: z.array(deliveryPauseSchema).max(5000),
  syllables: z.number().int().nonnegative(),
  /** Estimated from syllables; null when there was too little speech to say. */
  wordsPerMinute: z.number().nonnegative().nullable(),
  pitch: deliveryPitchSchema.nullable(),
  isFlat: z.boolean(),
  sentences: z.number().int().nonnegative(),
  /** Where sentences ended quieter than they went, by the time of their last syllable. */
  fadingEndsMs: z.array(ms).max(5000),
});
export type DeliveryStats = z.infer<typeof deliveryStatsSchema>;

export const segmentDeliverySchema = deliveryStatsSchema.extend({ segmentIndex: z.number().int().nonnegative() });
export type SegmentDelivery = z.infer<typeof segmentDeliverySchema>;

export const DELIVERY_PROBLEMS = ['unreadable', 'tooShort', 'silent', 'clipped', 'noSpeech'] as const;
export type DeliveryProblem = (typeof DELIVERY_PROBLEMS)[number];

export const deliveryResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    durationMs: ms,
    whole: deliveryStatsSchema,
    segments: z.array(segmentDeliverySchema).max(200),
    /** Estimated pace over time, for the chart; null where there was too little speech. */
    pace: z.array(z.strictObject({ atMs: ms, wordsPerMinute: z.number().nonnegative().nullable() })).max(20_000),
  }),
  z.strictObject({ ok: z.literal(false), problem: z.enum(DELIVERY_PROBLEMS), message: z.string().max(400) }),
]);
export type DeliveryResult = z.infer<typeof deliveryResultSchema>;

/** The version of the analysis method; a stored analysis of an older method can be redone. */
export const DELIVERY_METHOD_VERSION = 1;

export const deliveryAnalysisSchema = z.strictObject({
  sessionId: idSchema,
  method: z.number().int().positive(),
  analysedAt: z.number().int().nonnegative(),
  result: deliveryResultSchema,
});
export type DeliveryAnalysis = z.infer<typeof deliveryAnalysisSchema>;
