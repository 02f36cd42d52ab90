import { describe, expect, it } from 'vitest';
import { newFamily } from '../../../shared/model/families';
import { insertAt, removeById } from '../../../shared/story/listOps';
import { updateAt } from '../../../shared/story/updateAt';
import { createTestStore } from './testStore';

async function withFamilies(names: string[]) {
  const setup = await createTestStore();
  const { store } = setup;
  const id = await store.getState().createStory('Undo');
  await store.getState().openStory(id);
  const families = names.map((name) => newFamily(name));
  for (const family of families) {
    store
      .getState()
      .changeStory((s) => updateAt(s, ['families', 'items'], [...s.families.items, family]), `added ${family.name}`);
  }
  await store.getState().flushSave();
  return { ...setup, id, families };
}

const itemsPath = ['families', 'items'] as const;

describe('app undo and redo', () => {
  it('undoes a delete long after its notice, keeping text typed since in other fields', async () => {
    const { store, db, id, families } = await withFamilies(['Sparse', 'Dense']);
    const [sparse, dense] = families as [(typeof families)[0], (typeof families)[0]];
    store.getState().changeStory((s) => updateAt(s, itemsPath, removeById(s.families.items, sparse.id)), 'deleted Sparse');
    store.getState().setField(['families', 'items', { id: dense.id }, 'idea'], () => 'Typed after the delete');
    store.getState().setField(['fieldMap', 'broadField'], () => 'NLP');
    await store.getState().undo();
    await store.getState().flushSave();
    const saved = await db.stories.get(id);
    expect(saved?.families.items.map((f) => f.name)).toEqual(['Sparse', 'Dense']);
    expect(saved?.families.items[1]?.idea).toBe('Typed after the delete');
    expect(saved?.fieldMap.broadField).toBe('NLP');
    expect(store.getState().notices.at(-1)?.message).toBe('Undone: deleted Sparse.');
  });

  it('redoes what was undone, and a new change drops the redo', async () => {
    const { store, families } = await withFamilies(['A', 'B']);
    store.getState().changeStory((s) => updateAt(s, itemsPath, removeById(s.families.items, families[0]!.id)), 'deleted A');
    await store.getState().undo();
    await store.getState().redo();
    expect(store.getState().story?.families.items.map((f) => f.name)).toEqual(['B']);
    await store.getState().undo();
    store.getState().changeStory((s) => ({ ...s, event: { ...s.event, kind: 'jobTalk' } }), 'changed the kind of event');
    await store.getState().redo();
    expect(store.getState().notices.at(-1)?.message).toBe('Nothing to redo.');
    expect(store.getState().story?.families.items.map((f) => f.name)).toEqual(['A', 'B']);
  });

  it('undoes a reorder by ids even after a record was added since', async () => {
    const { store } = await withFamilies(['A', 'B', 'C']);
    store.getState().changeStory((s) => updateAt(s, itemsPath, [...s.families.items].reverse()), 'moved C');
    store.getState().changeStory((s) => updateAt(s, itemsPath, insertAt(s.families.items, 0, newFamily('New'))), 'added New');
    const history = store.getState().undoHistory.done;
    await store.getState().undoChange(history.at(-2)!.id);
    expect(store.getState().story?.families.items.map((f) => f.name)).toEqual(['New', 'A', 'B', 'C']);
  });

  it('undoes a change to a story that is no longer open, in the database', async () => {
    const { store, db, id, families } = await withFamilies(['A', 'B']);
    store.getState().changeStory((s) => updateAt(s, itemsPath, removeById(s.families.items, families[1]!.id)), 'deleted B');
    await store.getState().closeStory();
    await store.getState().undo();
    expect((await db.stories.get(id))?.families.items.map((f) => f.name)).toEqual(['A', 'B']);
  });

  it('keeps at least the last 100 changes', async () => {
    const { store } = await withFamilies([]);
    for (let i = 0; i < 120; i += 1) {
      store.getState().changeStory((s) => updateAt(s, ['outline', 'talkMs'], (i + 1) * 60_000), 'changed the talk length');
    }
    for (let i = 0; i < 100; i += 1) await store.getState().undo();
    expect(store.getState().story?.outline.talkMs).toBe(20 * 60_000);
  });

  it('does not record typing, which the field undoes itself', async () => {
    const { store } = await withFamilies([]);
    const before = store.getState().undoHistory.done.length;
    store.getState().setField(['title'], () => 'Typed');
    store.getState().changeStory((s) => ({ ...s, title: 'Typed again' }), null);
    expect(store.getState().undoHistory.done).toHaveLength(before);
  });

  it('undoes and redoes a deleted question and an edited format', async () => {
    const { store, services } = await createTestStore();
    await store.getState().addQuestion('Why not a baseline?', ['general']);
    const [question] = store.getState().ownQuestions;
    await store.getState().removeQuestion(question!.id);
    expect(store.getState().ownQuestions).toEqual([]);
    await store.getState().undo();
    expect(store.getState().ownQuestions.map((q) => q.text)).toEqual(['Why not a baseline?']);
    await store.getState().redo();
    expect(store.getState().ownQuestions).toEqual([]);

    const format = {
      id: 'f1',
      name: 'Mock viva',
      presetKey: null,
      source: 'segments' as const,
      totalMs: 60_000,
      segments: [{ id: 's1', title: 'Opening', budgetMs: 60_000, tags: ['general' as const] }],
      warnAtFraction: 0.8,
    };
    await store.getState().saveFormat(format);
    await store.getState().saveFormat({ ...format, name: 'Renamed' });
    await store.getState().undo();
    expect(store.getState().storedFormats.map((f) => f.name)).toEqual(['Mock viva']);
    await store.getState().undo();
    expect(store.getState().storedFormats).toEqual([]);
    expect(await services.formats.list()).toEqual([]);
  });
});
