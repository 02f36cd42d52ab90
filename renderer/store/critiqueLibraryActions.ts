/*
 * The library's paper critiques: the list beside the stories and the trash, with renames and
 * moves to the trash recorded for undo. Part of the critique slice (critiqueSlice.ts).
 */
import type { StoreApi } from 'zustand';
import { critiqueTitle, type Critique } from '../../shared/model/critique';
import { isTrashExpired } from '../../shared/story/trashExpiry';
import type { AppState } from './appState';
import type { Services } from './services';

export interface CritiqueLibrarySlice {
  /** Live critiques, most recently edited first. */
  critiques: Critique[];
  /** Critiques in the trash, most recently deleted first. */
  critiqueTrash: Critique[];
  loadCritiques(): Promise<void>;
  /** Create a critique and return its id. */
  createCritique(title: string): Promise<string>;
  renameCritique(id: string, title: string): Promise<void>;
  /** Move a critique to the trash, with an undo offered right away. */
  trashCritique(id: string): Promise<void>;
  restoreCritique(id: string): Promise<void>;
  /** Load the critiques in the trash, first deleting for good those past the retention period. */
  loadCritiqueTrash(): Promise<void>;
  purgeCritique(id: string): Promise<void>;
}

/** The library part of the critique slice. */
export function createCritiqueLibraryActions(
  services: Services,
  set: StoreApi<AppState>['setState'],
  get: StoreApi<AppState>['getState'],
): CritiqueLibrarySlice {
  const refresh = async () => {
    set({ critiques: await services.critiques.listLive() });
  };

  const loadTrash = async () => {
    const now = services.clock();
    const all = await services.critiques.listTrash();
    const expired = all.filter((c) => c.deletedAt !== null && isTrashExpired(c.deletedAt, now));
    for (const critique of expired) await services.critiques.purge(critique.id);
    set({ critiqueTrash: all.filter((c) => !expired.includes(c)) });
  };

  return {
    critiques: [],
    critiqueTrash: [],
    loadCritiques: async () => {
      await refresh();
    },
    createCritique: async (title) => {
      const critique = await services.critiques.create(title.trim());
      await refresh();
      return critique.id;
    },
    renameCritique: async (id, title) => {
      const trimmed = title.trim();
      if (trimmed === '') throw new Error('A critique needs the paper’s title.');
      const before = get().critiques.find((c) => c.id === id);
      const beforeTitle = before ? critiqueTitle(before) : undefined;
      await services.critiques.rename(id, trimmed);
      await refresh();
      if (beforeTitle === undefined || before?.paper.title === trimmed) return;
      const renameTo = (to: string) => async () => {
        await services.critiques.rename(id, to);
        await refresh();
      };
      get().recordRecordsChange(
        `renamed “${beforeTitle}” to “${trimmed}”`,
        renameTo(before?.paper.title ?? ''),
        renameTo(trimmed),
      );
    },
    trashCritique: async (id) => {
      const found = get().critiques.find((c) => c.id === id);
      const title = found ? critiqueTitle(found) : 'Critique';
      const quietly = async () => {
        await services.critiques.trash(id);
        await refresh();
        await loadTrash();
      };
      await quietly();
      const entry = get().recordRecordsChange(`moved “${title}” to the trash`, () => get().restoreCritique(id), quietly);
      get().notify(`“${title}” moved to the trash.`, 'info', { label: 'Undo', run: () => void get().undoChange(entry) });
    },
    loadCritiqueTrash: loadTrash,
    restoreCritique: async (id) => {
      await services.critiques.restore(id);
      await refresh();
      await loadTrash();
    },
    purgeCritique: async (id) => {
      await services.critiques.purge(id);
      await loadTrash();
    },
  };
}
