import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestStore } from './testStore';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

async function withFailingDisk() {
  const setup = await createTestStore();
  const { store, services } = setup;
  const first = await store.getState().createStory('First');
  const second = await store.getState().createStory('Second');
  await store.getState().openStory(first);
  // The disk is full: IndexedDB refuses the write, and localStorage refuses the journal too.
  const save = vi.spyOn(services.stories, 'save').mockRejectedValue(new Error('QuotaExceededError: the disk is full.'));
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new Error('QuotaExceededError');
  });
  store.getState().setField(['fieldMap', 'broadField'], () => 'Words that must not be lost');
  return { ...setup, first, second, save };
}

describe('a story whose edits cannot be saved', () => {
  it('is not closed: it stays open with its edits, and says so', async () => {
    const { store } = await withFailingDisk();
    await expect(store.getState().closeStory()).resolves.toBe(false);
    expect(store.getState().story?.fieldMap.broadField).toBe('Words that must not be lost');
    expect(store.getState().notices.at(-1)?.message).toMatch(/Your latest edits to “First” are not saved yet/);
  });

  it('is not switched away from: the next story waits for the user’s word, and saves once the disk has room', async () => {
    const { store, db, first, second, save } = await withFailingDisk();
    await store.getState().openStory(second);
    expect(store.getState().storyStatus).toBe('blocked');
    expect(store.getState().blockedBy).toMatchObject({ id: first, title: 'First', wantedId: second });
    expect(store.getState().story?.id).toBe(first);
    save.mockRestore();
    await store.getState().flushSave();
    await store.getState().openStory(second);
    expect(store.getState().story?.id).toBe(second);
    expect((await db.stories.get(first))?.fieldMap.broadField).toBe('Words that must not be lost');
  });

  it('is let go only when the user says to discard its edits', async () => {
    const { store, db, first, second } = await withFailingDisk();
    await store.getState().openStory(second);
    await store.getState().discardUnsavedAndOpen();
    expect(store.getState().story?.id).toBe(second);
    expect((await db.stories.get(first))?.fieldMap.broadField).toBe('');
  });
});
