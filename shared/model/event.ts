import { z } from 'zod';
import { dateSchema } from './text';

export const EVENT_KINDS = ['researchInterview', 'jobTalk', 'thesisDefense', 'conferenceTalk', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  researchInterview: 'Research interview loop',
  jobTalk: 'Job talk',
  thesisDefense: 'Thesis defense',
  conferenceTalk: 'Conference talk',
  other: 'Other',
};

export const storyEventSchema = z.strictObject({
  kind: z.enum(EVENT_KINDS),
  date: dateSchema,
});
export type StoryEvent = z.infer<typeof storyEventSchema>;
