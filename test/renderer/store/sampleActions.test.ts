import { describe, expect, it } from 'vitest';
import { SAMPLE_TITLE } from '../../../shared/content/sample/sampleStory';
import { SAMPLE_SEEDED_FLAG } from '../../../renderer/store/sampleActions';
import { createTestStore } from './testStore';

describe('the sample story in the library', () => {
  it('is seeded on first launch into an empty library, once', async () => {
    const { store, services } = await createTestStore();
    await store.getState().seedSampleOnce();
    await store.getState().loadLibrary();
    expect(store.getState().summaries.map((s) => [s.title, s.isSample])).toEqual([[SAMPLE_TITLE, true]]);
    expect(await services.settings.getFlag(SAMPLE_SEEDED_FLAG)).toBe(true);

    await store.getState().seedSampleOnce();
    await store.getState().loadLibrary();
    expect(store.getState().summaries).toHaveLength(1);
  });

  it('is in the first list even when the library is read while it is being seeded', async () => {
    const { store } = await createTestStore();
    const seeding = store.getState().seedSampleOnce();
    // Another window's write, say, asks for the library before the seeding is done.
    const loading = store.getState().loadLibrary();
    expect(store.getState().libraryStatus).toBe('loading');
    await Promise.all([seeding, loading]);
    expect(store.getState().libraryStatus).toBe('ready');
    expect(store.getState().summaries.map((s) => [s.title, s.isSample])).toEqual([[SAMPLE_TITLE, true]]);
  });

  it('is not seeded again once deleted, even from the trash for good', async () => {
    const { store } = await createTestStore();
    await store.getState().seedSampleOnce();
    await store.getState().loadLibrary();
    const id = store.getState().summaries[0]!.id;
    await store.getState().trashStory(id);
    await store.getState().purgeStory(id);
    await store.getState().seedSampleOnce();
    await store.getState().loadLibrary();
    expect(store.getState().summaries).toEqual([]);
  });

  it('is not added to a library that already holds the user’s stories', async () => {
    const { store } = await createTestStore();
    await store.getState().createStory('My own project');
    await store.getState().seedSampleOnce();
    await store.getState().loadLibrary();
    expect(store.getState().summaries.map((s) => s.title)).toEqual(['My own project']);
  });

  it('opens the live sample, or brings back a fresh copy when it was deleted', async () => {
    const { store, services } = await createTestStore();
    await store.getState().seedSampleOnce();
    await store.getState().loadLibrary();
    const seeded = store.getState().summaries[0]!.id;
    expect(await store.getState().openSample()).toBe(seeded);

    await store.getState().trashStory(seeded);
    const fresh = await store.getState().openSample();
    expect(fresh).not.toBe(seeded);
    expect(store.getState().summaries.map((s) => [s.id, s.isSample])).toEqual([[fresh, true]]);
    expect((await services.stories.get(fresh))?.outline.beats).toHaveLength(10);
    // The deleted one stays in the trash, where the user put it.
    expect((await services.stories.listTrash()).map((s) => s.id)).toEqual([seeded]);
  });
});
