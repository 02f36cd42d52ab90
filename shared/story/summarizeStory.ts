import type { StoryEvent } from '../model/event';
import type { Story } from '../model/story';
import { storyCompleteness, type SectionCompleteness } from './completeness';

/** What the library shows of a story, stored beside it so the library never loads whole stories. */
export interface StorySummary {
  id: string;
  title: string;
  event: StoryEvent;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
  isSample: boolean;
  completeness: SectionCompleteness[];
}

/** The library summary of a story. */
export function summarizeStory(story: Story): StorySummary {
  return {
    id: story.id,
    title: story.title,
    event: story.event,
    createdAt: story.createdAt,
    updatedAt: story.updatedAt,
    deletedAt: story.deletedAt,
    isSample: story.isSample,
    completeness: storyCompleteness(story),
  };
}
