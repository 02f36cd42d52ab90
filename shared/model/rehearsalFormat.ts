import { z } from 'zod';
import { CHALLENGE_TAGS } from './challenge';
import { idSchema } from './ids';
import { lineSchema } from './text';
import { HOUR_MS, SECOND_MS } from '../time/duration';

export const MAX_SEGMENT_MS = 4 * HOUR_MS;

export const formatSegmentSchema = z.strictObject({
  id: idSchema,
  title: lineSchema,
  budgetMs: z.number().int().min(SECOND_MS).max(MAX_SEGMENT_MS),
  /** Which challenge questions suit this segment. */
  tags: z.array(z.enum(CHALLENGE_TAGS)).max(20),
});
export type FormatSegment = z.infer<typeof formatSegmentSchema>;

export const rehearsalFormatSchema = z.strictObject({
  id: idSchema,
  name: lineSchema.refine((s) => s.trim() !== '', 'a format needs a name'),
  /** The preset this format is (or was edited from), or null for the user's own. */
  presetKey: z.string().max(64).nullable(),
  /**
   * "outline": segments come from the story's talk outline, scaled to totalMs. "critique":
   * the format's segments, whose cue cards take a paper critique's parts in order (summary,
   * critique, extensions).
   */
  source: z.enum(['segments', 'outline', 'critique']),
  totalMs: z.number().int().min(SECOND_MS).max(MAX_SEGMENT_MS),
  segments: z.array(formatSegmentSchema).max(60),
  /** Warn when this share of a segment's budget is used (0.8 warns at 80 %). */
  warnAtFraction: z.number().min(0.1).max(1),
});
export type RehearsalFormat = z.infer<typeof rehearsalFormatSchema>;
