import { z } from 'zod';
import { betSchema } from './bets';
import { checklistSchema, defaultChecklist } from './checklist';
import { contributionSchema, emptyContribution } from './contribution';
import { storyEventSchema } from './event';
import { emptyFamilies, familiesSectionSchema } from './families';
import { emptyFieldMap, fieldMapSchema } from './fieldMap';
import { idSchema, newId } from './ids';
import { emptyLimitations, limitationsSchema } from './limitations';
import { defaultOutline, outlineSchema } from './outline';
import { MAX_STAR_STORIES, starStorySchema } from './starStory';
import { textSchema } from './text';

export const MAX_TITLE = 200;

export const dismissalSchema = z.strictObject({
  key: z.string().min(1).max(300),
  reason: textSchema,
  at: z.number().int().nonnegative(),
});
export type Dismissal = z.infer<typeof dismissalSchema>;

const timestamp = z.number().int().nonnegative();

export const storySchema = z.strictObject({
  id: idSchema,
  title: z
    .string()
    .max(MAX_TITLE)
    .refine((s) => s.trim() !== '', 'a story needs a title')
    .refine((s) => !s.includes('\n'), 'must be a single line'),
  event: storyEventSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.nullable(),
  isSample: z.boolean(),
  fieldMap: fieldMapSchema,
  families: familiesSectionSchema,
  bets: z.array(betSchema).max(200),
  contribution: contributionSchema,
  checklist: checklistSchema,
  limitations: limitationsSchema,
  outline: outlineSchema,
  dismissed: z.array(dismissalSchema).max(500),
  /**
   * Behavioural (STAR) stories for the behavioural round. Optional, with no schema version of its
   * own: stories stored (and backed up) before the bank existed have none and still load.
   */
  starStories: z.array(starStorySchema).max(MAX_STAR_STORIES).optional(),
});
export type Story = z.infer<typeof storySchema>;

/** A new, empty story with the default axes, checklist and talk outline. */
export function newStory(title: string, now: number): Story {
  return {
    id: newId(),
    title,
    event: { kind: 'researchInterview', date: null },
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    isSample: false,
    fieldMap: emptyFieldMap(),
    families: emptyFamilies(),
    bets: [],
    contribution: emptyContribution(),
    checklist: defaultChecklist(),
    limitations: emptyLimitations(),
    outline: defaultOutline(),
    dismissed: [],
  };
}
