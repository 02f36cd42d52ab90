import type { EventKind } from '../../shared/model/event';
import { newId } from '../../shared/model/ids';
import { newStory, storySchema, type Story } from '../../shared/model/story';
import { summarizeStory, type StorySummary } from '../../shared/story/summarizeStory';
import { describeZodError } from '../../shared/validation/describeZodError';
import type { VivaDatabase } from './database';

export type Clock = () => number;

/** A story in the database fails validation; the message says where. */
export class StoryInvalidError extends Error {
  override name = 'StoryInvalidError';
}

function byLastEdit(a: StorySummary, b: StorySummary): number {
  return b.updatedAt - a.updatedAt || a.title.localeCompare(b.title);
}

function validated(story: Story): Story {
  const result = storySchema.safeParse(story);
  if (!result.success) throw new StoryInvalidError(describeZodError(result.error, 'story'));
  return result.data;
}

/** The stored story changed since the version a save was based on (another window wrote it). */
export class StoryConflictError extends Error {
  override name = 'StoryConflictError';
}

/** Stories and their library summaries, always written together in one transaction. */
export function createStoryRepository(db: VivaDatabase, clock: Clock = Date.now) {
  /** Write a story; with `basedOn`, only if the stored one is still that revision (its updatedAt). */
  async function write(story: Story, basedOn?: number): Promise<Story> {
    const checked = validated(story);
    await db.transaction('rw', db.stories, db.summaries, async () => {
      if (basedOn !== undefined) {
        const stored = await db.stories.get(checked.id);
        if (stored && stored.updatedAt !== basedOn) throw new StoryConflictError('The story was changed in another window.');
      }
      await db.stories.put(checked);
      await db.summaries.put(summarizeStory(checked));
    });
    return checked;
  }

  async function require(id: string): Promise<Story> {
    const story = await db.stories.get(id);
    if (!story) throw new Error('That story no longer exists. It may have been deleted for good.');
    return story;
  }

  return {
    /** Live stories, most recently edited first. */
    async listLive(): Promise<StorySummary[]> {
      return (await db.summaries.toArray()).filter((s) => s.deletedAt === null).sort(byLastEdit);
    },
    /** Stories in the trash, most recently deleted first. */
    async listTrash(): Promise<StorySummary[]> {
      const trashed = (await db.summaries.toArray()).filter((s) => s.deletedAt !== null);
      return trashed.sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
    },
    /** Every live story in full, for search and export. */
    async listLiveStories(): Promise<Story[]> {
      return (await db.stories.toArray()).filter((s) => s.deletedAt === null);
    },
    async get(id: string): Promise<Story | undefined> {
      const story = await db.stories.get(id);
      return story && validated(story);
    },
    async create(title: string, eventKind: EventKind = 'researchInterview'): Promise<Story> {
      const story = newStory(title, clock());
      return write({ ...story, event: { ...story.event, kind: eventKind } });
    },
    /**
     * Save an edited story, stamping the time of the edit, which is also its revision. With
     * `basedOn` (the revision the edit started from) a newer stored story is never overwritten:
     * the save fails with StoryConflictError instead. The new stamp is always later than the base.
     */
    async save(story: Story, basedOn?: number): Promise<Story> {
      return write({ ...story, updatedAt: Math.max(clock(), (basedOn ?? 0) + 1) }, basedOn);
    },
    /** Insert a story as it is (seeding, import), keeping its timestamps. */
    async insert(story: Story): Promise<Story> {
      return write(story);
    },
    async rename(id: string, title: string): Promise<Story> {
      return write({ ...(await require(id)), title, updatedAt: clock() });
    },
    async duplicate(id: string, titleOf: (title: string) => string): Promise<Story> {
      const source = await require(id);
      const now = clock();
      return write({
        ...structuredClone(source),
        id: newId(),
        title: titleOf(source.title),
        createdAt: now,
        updatedAt: now,
        isSample: false,
      });
    },
    /** Move a story to the trash. */
    async trash(id: string): Promise<void> {
      await write({ ...(await require(id)), deletedAt: clock() });
    },
    async restore(id: string): Promise<void> {
      await write({ ...(await require(id)), deletedAt: null });
    },
    /** Delete a story for good. */
    async purge(id: string): Promise<void> {
      await db.transaction('rw', db.stories, db.summaries, async () => {
        await db.stories.delete(id);
        await db.summaries.delete(id);
      });
    },
  };
}

export type StoryRepository = ReturnType<typeof createStoryRepository>;
