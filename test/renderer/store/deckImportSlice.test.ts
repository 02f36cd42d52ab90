/*
 * Importing a deck through the store, as the dialog does: a read deck becomes a new story's
 * outline, or replaces or extends an existing story's outline as one change Undo takes back; a
 * file that is not a deck leaves the library as it was, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { createTestStore } from './testStore';

const MARP = [
  '---',
  'marp: true',
  '---',
  '',
  '# Imported talk',
  '',
  '---',
  '',
  '# Problem',
  '',
  '- It is slow',
  '',
  '<!-- Say why it matters. -->',
  '',
  '---',
  '',
  '# Fix',
  '',
  '- Cache it',
  '',
].join('\n');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('deck import in the store', () => {
  it('imports a deck as a new story with its beats, bullets, notes and a talk length', async () => {
    const { store, db } = await createTestStore();
    await store.getState().readDeckFile('talk.md', bytes(MARP));
    expect(store.getState().deckImport.status).toBe('ready');
    const id = await store.getState().applyDeckImport({ kind: 'new' });
    const saved = await db.stories.get(id!);
    expect(saved?.title).toBe('Imported talk');
    expect(saved?.outline.beats.map((beat) => [beat.title, beat.bullets])).toEqual([
      ['Problem', ['It is slow']],
      ['Fix', ['Cache it']],
    ]);
    expect(saved?.outline.beats.reduce((sum, beat) => sum + beat.budgetMs, 0)).toBe(20 * 60_000);
    expect(store.getState().deckImportOpen).toBe(false);
  });

  it('replaces an existing story’s outline, and Undo puts the old beats back', async () => {
    const { store, db } = await createTestStore();
    const id = await store.getState().createStory('My talk');
    const before = (await db.stories.get(id))!.outline.beats.map((beat) => beat.title);
    await store.getState().readDeckFile('talk.md', bytes(MARP));
    expect(await store.getState().applyDeckImport({ kind: 'replace', storyId: id })).toBe(id);
    expect((await db.stories.get(id))!.outline.beats.map((beat) => beat.title)).toEqual(['Problem', 'Fix']);
    await store.getState().undo();
    await store.getState().flushSave();
    expect((await db.stories.get(id))!.outline.beats.map((beat) => beat.title)).toEqual(before);
  });

  it('adds after the existing beats', async () => {
    const { store, db } = await createTestStore();
    const id = await store.getState().createStory('My talk');
    const before = (await db.stories.get(id))!.outline.beats.length;
    await store.getState().readDeckFile('talk.md', bytes(MARP));
    await store.getState().applyDeckImport({ kind: 'append', storyId: id });
    const beats = (await db.stories.get(id))!.outline.beats;
    expect(beats).toHaveLength(before + 2);
    expect(beats.slice(-2).map((beat) => beat.title)).toEqual(['Problem', 'Fix']);
  });

  it('refuses a file that is not a deck with its reason, and writes nothing', async () => {
    const { store, db } = await createTestStore();
    const count = await db.stories.count();
    await store.getState().readDeckFile('notes.txt', bytes('hello'));
    const state = store.getState().deckImport;
    expect(state).toMatchObject({ status: 'failed', fileName: 'notes.txt' });
    expect(state.status === 'failed' && state.message).toMatch(/^“notes\.txt” is not a deck Viva reads/);
    expect(await store.getState().applyDeckImport({ kind: 'new' })).toBeNull();
    expect(await db.stories.count()).toBe(count);
  });
});
