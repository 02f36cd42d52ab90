import { describe, expect, it, vi } from 'vitest';
import { critiqueJournal } from '../../../renderer/data/journal';
import { newCritiqueLine } from '../../../shared/model/critique';
import { AUTOSAVE_DELAY_MS } from '../../../renderer/store/workspaceSlice';
import { createTestStore } from './testStore';

async function withOpenCritique() {
  const setup = await createTestStore();
  const id = await setup.store.getState().createCritique('Sparse adapters');
  await setup.store.getState().openCritique(id);
  return { ...setup, id };
}

describe('critique slice', () => {
  it('lists a new critique in the library beside the stories', async () => {
    const { store } = await createTestStore();
    await store.getState().createCritique('Paper one');
    await store.getState().refreshLibrary();
    expect(store.getState().critiques.map((c) => c.paper.title)).toEqual(['Paper one']);
  });

  it('autosaves typing through the one autosaver, once, after a pause', async () => {
    const { store, db, id, services } = await withOpenCritique();
    const save = vi.spyOn(services.critiques, 'save');
    for (const text of ['O', 'On', 'One seed']) store.getState().setCritiqueField(['lenses', 'variance', 'finding'], () => text);
    expect(store.getState().critiqueSaveState).toBe('unsaved');
    await vi.waitFor(() => expect(store.getState().critiqueSaveState).toBe('saved'), { timeout: AUTOSAVE_DELAY_MS + 1000 });
    expect(save).toHaveBeenCalledTimes(1);
    expect((await db.critiques.get(id))?.lenses.variance.finding).toBe('One seed');
  });

  it('keeps the text and retries when a write fails, and keeps the critique open', async () => {
    const { store, db, id, services } = await withOpenCritique();
    vi.spyOn(services.critiques, 'save').mockRejectedValueOnce(new Error('QuotaExceededError: the disk is full.'));
    store.getState().setCritiqueField(['paper', 'venue'], () => 'EMNLP');
    await store.getState().flushCritique();
    expect(store.getState().critiqueSaveState).toBe('error');
    expect(store.getState().critiqueSaveError).toContain('the disk is full');
    expect(critiqueJournal.read(id)?.paper.venue).toBe('EMNLP');
    await store.getState().flushCritique();
    expect((await db.critiques.get(id))?.paper.venue).toBe('EMNLP');
    expect(store.getState().critiqueSaveState).toBe('saved');
  });

  it('undoes a structural change without reverting text typed since, and redoes it', async () => {
    const { store, db, id } = await withOpenCritique();
    const line = newCritiqueLine('Parameter count is held fixed.');
    store.getState().changeCritique((c) => ({ ...c, strengths: [...c.strengths, line] }), 'added a strength');
    store.getState().setCritiqueField(['paper', 'authors'], () => 'R. Okafor');
    await store.getState().undo();
    await store.getState().flushCritique();
    let saved = await db.critiques.get(id);
    expect(saved?.strengths.map((s) => s.id)).not.toContain(line.id);
    expect(saved?.paper.authors).toBe('R. Okafor');
    await store.getState().redo();
    await store.getState().flushCritique();
    saved = await db.critiques.get(id);
    expect(saved?.strengths.map((s) => s.text)).toContain('Parameter count is held fixed.');
  });

  it('moves a critique to the trash with an undo, and renames it with an undo', async () => {
    const { store } = await createTestStore();
    const id = await store.getState().createCritique('Old title');
    await store.getState().renameCritique(id, 'New title');
    expect(store.getState().critiques[0]?.paper.title).toBe('New title');
    await store.getState().undo();
    expect(store.getState().critiques[0]?.paper.title).toBe('Old title');
    await store.getState().trashCritique(id);
    expect(store.getState().critiques).toEqual([]);
    expect(store.getState().critiqueTrash.map((c) => c.id)).toEqual([id]);
    await store.getState().undo();
    expect(store.getState().critiques.map((c) => c.id)).toEqual([id]);
    await expect(store.getState().renameCritique(id, '  ')).rejects.toThrow('A critique needs the paper’s title.');
  });

  it('replays a journal newer than the stored critique when it opens again', async () => {
    const { store, db, id } = await withOpenCritique();
    const stored = (await db.critiques.get(id))!;
    await store.getState().closeCritique();
    critiqueJournal.write(id, {
      ...stored,
      paper: { ...stored.paper, venue: 'From the journal' },
      updatedAt: stored.updatedAt + 10,
    });
    await store.getState().openCritique(id);
    expect(store.getState().critique?.paper.venue).toBe('From the journal');
    expect((await db.critiques.get(id))?.paper.venue).toBe('From the journal');
  });

  it('deletes for good a critique that has been in the trash past the retention period', async () => {
    const { store, time } = await createTestStore();
    const kept = await store.getState().createCritique('Kept');
    const old = await store.getState().createCritique('Old');
    await store.getState().trashCritique(old);
    time.now += 31 * 24 * 60 * 60 * 1000;
    await store.getState().trashCritique(kept);
    await store.getState().loadCritiqueTrash();
    expect(store.getState().critiqueTrash.map((c) => c.id)).toEqual([kept]);
  });
});
