/*
 * One writer per story and per critique across windows: two stores over one database, each with
 * its own window's locks from one in-memory hub (fakeDocumentLocks.ts).
 */
import { describe, expect, it } from 'vitest';
import { critiqueJournal } from '../../../renderer/data/journal';
import { createLockHub } from './fakeDocumentLocks';
import { createTestStore } from './testStore';

async function twoWindows(options: { isFirstDeaf?: boolean } = {}) {
  const hub = createLockHub();
  const name = `locks-${crypto.randomUUID()}`;
  const first = await createTestStore(name, { locks: hub.window({ isDeaf: options.isFirstDeaf }) });
  const second = await createTestStore(name, { locks: hub.window() });
  return { hub, first: first.store, second: second.store, db: first.db, firstTime: first.time };
}

describe('one writer per critique', () => {
  it('a second window opening a critique held elsewhere says so and has nothing to edit', async () => {
    const { hub, first, second } = await twoWindows();
    const id = await first.getState().createCritique('Sparse adapters');
    await first.getState().openCritique(id);
    await second.getState().openCritique(id);
    expect(second.getState()).toMatchObject({ critique: null, critiqueStatus: 'heldElsewhere', critiqueHeldElsewhere: id });
    second.getState().setCritiqueField(['paper', 'venue'], () => 'Typed where it cannot be edited');
    expect(first.getState().critiqueStatus).toBe('ready');
    expect(hub.holderOf('critique', id)).toBe(1);
  });

  it('taking over: the holder saves what was typed and lets go, and the taker opens it with those words', async () => {
    const { hub, first, second, db } = await twoWindows();
    const id = await first.getState().createCritique('Sparse adapters');
    await first.getState().openCritique(id);
    await second.getState().openCritique(id);
    first.getState().setCritiqueField(['paper', 'venue'], () => 'Typed in the first window');

    await second.getState().takeOverCritique();
    expect(second.getState().critiqueStatus).toBe('ready');
    expect(second.getState().critique?.paper.venue).toBe('Typed in the first window');
    expect(first.getState()).toMatchObject({ critique: null, critiqueStatus: 'heldElsewhere', critiqueHeldElsewhere: id });
    expect(hub.holderOf('critique', id)).toBe(2);

    second.getState().setCritiqueField(['paper', 'authors'], () => 'Typed in the second');
    await second.getState().flushCritique();
    const stored = await db.critiques.get(id);
    expect(stored?.paper).toMatchObject({ venue: 'Typed in the first window', authors: 'Typed in the second' });
  });

  it('a holder that does not answer has the critique taken; what it typed goes through the journal to the taker', async () => {
    const { hub, first, second, db, firstTime } = await twoWindows({ isFirstDeaf: true });
    const id = await first.getState().createCritique('Sparse adapters');
    await first.getState().openCritique(id);
    await second.getState().openCritique(id);
    firstTime.now += 1000;
    first.getState().setCritiqueField(['paper', 'venue'], () => 'Typed while busy');

    await second.getState().takeOverCritique();
    expect(hub.holderOf('critique', id)).toBe(2);
    expect(first.getState()).toMatchObject({ critique: null, critiqueStatus: 'heldElsewhere' });
    // The journal (one localStorage for the origin's windows) is newer than the stored critique.
    expect(second.getState().critique?.paper.venue).toBe('Typed while busy');
    expect((await db.critiques.get(id))?.paper.venue).toBe('Typed while busy');
    expect(critiqueJournal.read(id)).toBeNull();
  });

  it('closing the critique lets go of it, so another window can open it', async () => {
    const { hub, first, second } = await twoWindows();
    const id = await first.getState().createCritique('Sparse adapters');
    await first.getState().openCritique(id);
    expect(await first.getState().closeCritique()).toBe(true);
    expect(hub.holderOf('critique', id)).toBeUndefined();
    await second.getState().openCritique(id);
    expect(second.getState().critiqueStatus).toBe('ready');
    // Leaving the notice behind resets it.
    await first.getState().openCritique(id);
    expect(first.getState().critiqueStatus).toBe('heldElsewhere');
    await first.getState().closeCritique();
    expect(first.getState()).toMatchObject({ critiqueStatus: 'idle', critiqueHeldElsewhere: null });
  });

  it('a story and a critique are held apart: taking over a story leaves the open critique alone', async () => {
    const { first, second } = await twoWindows();
    const critiqueId = await first.getState().createCritique('Sparse adapters');
    const storyId = await first.getState().createStory('A story');
    await first.getState().openCritique(critiqueId);
    await first.getState().openStory(storyId);
    await second.getState().openStory(storyId);
    expect(second.getState().storyStatus).toBe('heldElsewhere');

    await second.getState().takeOverStory();
    expect(second.getState().storyStatus).toBe('ready');
    expect(first.getState().storyStatus).toBe('heldElsewhere');
    expect(first.getState().critiqueStatus).toBe('ready');
  });
});

describe('one writer per story', () => {
  it('taking over: the holder saves what was typed and lets go, and the taker opens it with those words', async () => {
    const { first, second } = await twoWindows();
    const id = await first.getState().createStory('Two windows');
    await first.getState().openStory(id);
    await second.getState().openStory(id);
    expect(second.getState()).toMatchObject({ story: null, storyStatus: 'heldElsewhere', heldElsewhere: id });
    first.getState().setField(['fieldMap', 'broadField'], () => 'Information retrieval');

    await second.getState().takeOverStory();
    expect(second.getState().story?.fieldMap.broadField).toBe('Information retrieval');
    expect(first.getState()).toMatchObject({ story: null, storyStatus: 'heldElsewhere', heldElsewhere: id });
  });
});
