/*
 * A behavioural story told the STAR way: the situation, the task, what the user did, and the
 * result with a number. A story keeps a small bank of them (optional on the story record, so
 * stories and backups written before it existed still load), and the behavioural preset's cue
 * cards draw on the one chosen for a run.
 */
import { z } from 'zod';
import { idSchema, newId } from './ids';
import { lineSchema, textSchema } from './text';
import type { Story } from './story';

export const MAX_STAR_STORIES = 50;

export const starStorySchema = z.strictObject({
  id: idSchema,
  /** A short name to pick it by ("The evaluation I rebuilt in a week"). */
  title: lineSchema,
  situation: textSchema,
  task: textSchema,
  action: textSchema,
  result: textSchema,
});
export type StarStory = z.infer<typeof starStorySchema>;

export const STAR_PARTS = ['situation', 'task', 'action', 'result'] as const;
export type StarPart = (typeof STAR_PARTS)[number];

/** A blank STAR story. */
export function newStarStory(): StarStory {
  return { id: newId(), title: '', situation: '', task: '', action: '', result: '' };
}

/** The story's STAR bank; none for a story saved before the bank existed. */
export function starStoriesOf(story: Pick<Story, 'starStories'>): StarStory[] {
  return story.starStories ?? [];
}
