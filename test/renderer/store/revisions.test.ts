import { describe, expect, it } from 'vitest';
import { StoryConflictError } from '../../../renderer/data/storyRepository';
import { createTestStore } from './testStore';

describe('saves based on a revision', () => {
  it('never overwrite a newer stored story', async () => {
    const { services, time } = await createTestStore();
    const story = await services.stories.create('Revisions');
    time.now += 1000;
    await services.stories.save({ ...story, title: 'Saved elsewhere' }, story.updatedAt);
    await expect(services.stories.save({ ...story, title: 'Stale copy' }, story.updatedAt)).rejects.toBeInstanceOf(
      StoryConflictError,
    );
    expect((await services.stories.get(story.id))?.title).toBe('Saved elsewhere');
  });

  it('keep both sides when the open story was changed from elsewhere: its own edits go on top, record by record', async () => {
    const { store, services, db, time } = await createTestStore();
    const id = await store.getState().createStory('Open here');
    await store.getState().openStory(id);
    // Another window renames the story and writes the sub-area while this one types the broad field.
    time.now += 1000;
    const stored = await services.stories.get(id);
    await services.stories.save({
      ...stored!,
      title: 'Renamed elsewhere',
      fieldMap: { ...stored!.fieldMap, subArea: 'Legal search' },
    });
    store.getState().setField(['fieldMap', 'broadField'], () => 'Information retrieval');
    await store.getState().flushSave();
    const saved = await db.stories.get(id);
    expect(saved?.title).toBe('Renamed elsewhere');
    expect(saved?.fieldMap.subArea).toBe('Legal search');
    expect(saved?.fieldMap.broadField).toBe('Information retrieval');
    expect(store.getState().story?.fieldMap.subArea).toBe('Legal search');
    expect(store.getState().saveState).toBe('saved');
  });
});
