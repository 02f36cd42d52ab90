import { describe, expect, it } from 'vitest';
import { TRASH_DAYS } from '../../../shared/story/trashExpiry';
import { createTestStore } from './testStore';

const DAY = 86_400_000;

describe('trash', () => {
  it('moves a deleted story out of the library into the trash, and undo brings it back', async () => {
    const { store } = await createTestStore();
    const id = await store.getState().createStory('Sparse attention');
    await store.getState().trashStory(id);
    expect(store.getState().summaries.map((s) => s.title)).not.toContain('Sparse attention');
    await store.getState().loadTrash();
    expect(store.getState().trash.map((s) => s.title)).toEqual(['Sparse attention']);
    const notice = store.getState().notices.at(-1);
    expect(notice?.message).toBe('“Sparse attention” moved to the trash.');
    notice?.action?.run();
    await expect.poll(() => store.getState().summaries.map((s) => s.title)).toContain('Sparse attention');
    await expect.poll(() => store.getState().trash.length).toBe(0);
  });

  it(`keeps a trashed story for ${TRASH_DAYS} days, then deletes it for good`, async () => {
    const { store, time, db } = await createTestStore();
    const id = await store.getState().createStory('Old idea');
    await store.getState().trashStory(id);
    time.now += TRASH_DAYS * DAY;
    await store.getState().loadTrash();
    expect(store.getState().trash.map((s) => s.id)).toEqual([id]);
    time.now += 1;
    await store.getState().loadTrash();
    expect(store.getState().trash).toEqual([]);
    expect(await db.stories.get(id)).toBeUndefined();
    expect(await db.summaries.get(id)).toBeUndefined();
  });

  it('restores a story from the trash with its content, and deletes another for good at once', async () => {
    const { store, db, services } = await createTestStore();
    const keep = await store.getState().createStory('Keep me');
    const drop = await store.getState().createStory('Drop me');
    const stored = await services.stories.get(keep);
    await services.stories.save({ ...stored!, fieldMap: { ...stored!.fieldMap, broadField: 'Robotics' } });
    await store.getState().trashStory(keep);
    await store.getState().trashStory(drop);
    await store.getState().loadTrash();
    await store.getState().restoreStory(keep);
    await store.getState().purgeStory(drop);
    expect(store.getState().trash).toEqual([]);
    expect((await services.stories.get(keep))?.fieldMap.broadField).toBe('Robotics');
    expect(store.getState().summaries.map((s) => s.title)).toContain('Keep me');
    expect(await db.stories.get(drop)).toBeUndefined();
  });
});

describe('undo after the trash was emptied', () => {
  it('says the story is gone instead of failing silently', async () => {
    const { store } = await createTestStore();
    const id = await store.getState().createStory('Gone for good');
    await store.getState().trashStory(id);
    const undo = store.getState().notices.at(-1)?.action;
    await store.getState().purgeStory(id);
    undo?.run();
    await expect.poll(() => store.getState().notices.at(-1)?.message).toMatch(/no longer exists/);
    expect(store.getState().notices.at(-1)?.tone).toBe('error');
  });
});
