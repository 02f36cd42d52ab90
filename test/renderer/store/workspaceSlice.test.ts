import { describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS } from '../../../renderer/store/workspaceSlice';
import { createTestStore } from './testStore';

async function withOpenStory() {
  const setup = await createTestStore();
  const id = await setup.store.getState().createStory('Autosave');
  await setup.store.getState().openStory(id);
  return { ...setup, id };
}

describe('autosave', () => {
  it('records keystrokes without re-rendering the story, and writes once after a pause', async () => {
    const { store, db, id, services } = await withOpenStory();
    const save = vi.spyOn(services.stories, 'save');
    const before = store.getState().story;
    for (const text of ['N', 'NL', 'NLP']) store.getState().setField(['fieldMap', 'broadField'], () => text);
    expect(store.getState().story).toBe(before);
    expect(store.getState().saveState).toBe('unsaved');
    await vi.waitFor(() => expect(store.getState().saveState).toBe('saved'), { timeout: AUTOSAVE_DELAY_MS + 1000 });
    expect(save).toHaveBeenCalledTimes(1);
    expect((await db.stories.get(id))?.fieldMap.broadField).toBe('NLP');
  });

  it('writes within the autosave delay of the last keystroke', async () => {
    const { store, db, id } = await withOpenStory();
    const started = performance.now();
    store.getState().setField(['fieldMap', 'subArea'], () => 'Long-context QA');
    await vi.waitFor(async () => expect((await db.stories.get(id))?.fieldMap.subArea).toBe('Long-context QA'), {
      interval: 10,
      timeout: 2000,
    });
    expect(performance.now() - started).toBeLessThan(AUTOSAVE_DELAY_MS + 250);
  });

  it('saves at once on flush (blur, hide, story switch)', async () => {
    const { store, db, id } = await withOpenStory();
    store.getState().setField(['title'], () => 'Flushed');
    await store.getState().flushSave();
    expect((await db.stories.get(id))?.title).toBe('Flushed');
    expect(store.getState().saveState).toBe('saved');
  });

  it('applies pending keystrokes before a structural change, so neither is lost', async () => {
    const { store, db, id } = await withOpenStory();
    store.getState().setField(['fieldMap', 'broadField'], () => 'Robotics');
    store.getState().changeStory((s) => ({ ...s, event: { ...s.event, kind: 'jobTalk' } }));
    await store.getState().flushSave();
    const saved = await db.stories.get(id);
    expect(saved?.fieldMap.broadField).toBe('Robotics');
    expect(saved?.event.kind).toBe('jobTalk');
  });

  it('keeps the text and retries when a write fails', async () => {
    const { store, db, id, services } = await withOpenStory();
    const save = vi.spyOn(services.stories, 'save').mockRejectedValueOnce(new Error('QuotaExceededError: the disk is full.'));
    store.getState().setField(['fieldMap', 'broadField'], () => 'Kept');
    await store.getState().flushSave();
    expect(store.getState().saveState).toBe('error');
    expect(store.getState().saveError).toContain('the disk is full');
    expect(store.getState().story?.fieldMap.broadField).toBe('Kept');
    expect(localStorage.getItem(`viva:unsaved:${id}`)).toContain('Kept');
    await store.getState().flushSave();
    expect(save).toHaveBeenCalledTimes(2);
    expect((await db.stories.get(id))?.fieldMap.broadField).toBe('Kept');
    expect(localStorage.getItem(`viva:unsaved:${id}`)).toBeNull();
  });

  it('replays the unload journal on the next open when it is newer than the database', async () => {
    const first = await withOpenStory();
    first.store.getState().setField(['fieldMap', 'broadField'], () => 'Typed just before reload');
    first.time.now += 1000;
    first.store.getState().journalUnsaved();
    // The page goes away before the IndexedDB write: a new store opens the same database.
    const { store, db } = await createTestStore(first.db.name);
    await store.getState().openStory(first.id);
    expect(store.getState().story?.fieldMap.broadField).toBe('Typed just before reload');
    expect((await db.stories.get(first.id))?.fieldMap.broadField).toBe('Typed just before reload');
  });

  it('replays a journal written before durations were stored in milliseconds', async () => {
    const first = await withOpenStory();
    const story = first.store.getState().story!;
    const { talkMs, beats } = story.outline;
    // What a Viva of schema version 3 left in the journal when its window went away.
    const v3 = {
      ...story,
      title: 'Typed before the update',
      updatedAt: story.updatedAt + 1000,
      outline: {
        talkMinutes: talkMs / 60_000,
        beats: beats.map(({ budgetMs, ...beat }) => ({ ...beat, budgetSeconds: budgetMs / 1000 })),
      },
    };
    localStorage.setItem(`viva:unsaved:${first.id}`, JSON.stringify(v3));
    const { store, db } = await createTestStore(first.db.name);
    await store.getState().openStory(first.id);
    expect(store.getState().story?.title).toBe('Typed before the update');
    expect(store.getState().story?.outline).toEqual(story.outline);
    expect((await db.stories.get(first.id))?.title).toBe('Typed before the update');
  });

  it('discards a journal older than the database', async () => {
    const { store, db, id, time } = await withOpenStory();
    store.getState().setField(['title'], () => 'Journalled');
    store.getState().journalUnsaved();
    time.now += 1000;
    store.getState().setField(['title'], () => 'Saved later');
    await store.getState().closeStory();
    await store.getState().openStory(id);
    expect(store.getState().story?.title).toBe('Saved later');
    expect(localStorage.getItem(`viva:unsaved:${id}`)).toBeNull();
    expect((await db.stories.get(id))?.title).toBe('Saved later');
  });

  it('saves pending edits when the story is closed', async () => {
    const { store, db, id } = await withOpenStory();
    store.getState().setField(['fieldMap', 'broadField'], () => 'On close');
    await store.getState().closeStory();
    expect(store.getState().story).toBeNull();
    expect((await db.stories.get(id))?.fieldMap.broadField).toBe('On close');
  });

  it('reports a story that is not there', async () => {
    const { store } = await createTestStore();
    await store.getState().openStory('missing');
    expect(store.getState().storyStatus).toBe('missing');
  });
});
