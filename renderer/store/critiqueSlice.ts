/*
 * Paper critiques: the open critique with its autosave, and (critiqueLibraryActions.ts) the
 * library's list of them and their trash. Typing records a pending edit as in the story
 * workspace, and the one autosave mechanism (data/autosaver.ts) applies and writes them,
 * journalling what is in flight. Structural edits are recorded for undo as id-aware patches
 * (shared/undo), so undoing one never reverts text typed since. One window at a time edits a
 * critique, as with stories (data/documentLocks.ts): another window that opens it says so and
 * can take it over.
 */
import type { StateCreator } from 'zustand';
import { critiqueTitle, type Critique } from '../../shared/model/critique';
import { pathKey, updateAt, type Path } from '../../shared/story/updateAt';
import { applyPatch } from '../../shared/undo/applyPatch';
import { diffPatch } from '../../shared/undo/diffPatch';
import { invertPatch, type Patch } from '../../shared/undo/patch';
import { createAutosaver, type SaveState } from '../data/autosaver';
import { describeStorageError } from '../data/describeStorageError';
import { freeDocumentLocks, type DocumentHold } from '../data/documentLocks';
import { critiqueJournal } from '../data/journal';
import { StoryConflictError } from '../data/storyRepository';
import type { AppState } from './appState';
import { createCritiqueLibraryActions, type CritiqueLibrarySlice } from './critiqueLibraryActions';
import { AUTOSAVE_DELAY_MS } from './workspaceSlice';
import type { Services } from './services';

const RETRY_DELAY_MS = 5000;

export interface CritiqueSlice extends CritiqueLibrarySlice {
  critique: Critique | null;
  /** 'heldElsewhere': another window or tab is editing this critique (see `critiqueHeldElsewhere`). */
  critiqueStatus: 'idle' | 'loading' | 'ready' | 'missing' | 'error' | 'heldElsewhere';
  /** The critique another window or tab holds, which this one shows it cannot edit. */
  critiqueHeldElsewhere: string | null;
  /** Ask the window holding the critique to let go, then edit it here. */
  takeOverCritique(): Promise<void>;
  critiqueError: string | null;
  critiqueSaveState: SaveState;
  critiqueSaveError: string | null;
  openCritique(id: string): Promise<void>;
  /** Save and close the open critique; false (still open) when its edits could not be saved. */
  closeCritique(): Promise<boolean>;
  setCritiqueField(path: Path, read: () => unknown): void;
  /** A structural edit, applied at once and recorded for undo under `label` (null: not recorded). */
  changeCritique(recipe: (critique: Critique) => Critique, label?: string | null): number | null;
  flushCritique(): Promise<void>;
  journalCritique(): void;
  /** A critique read afresh for a rehearsal run. */
  readCritiqueForRun(id: string): Promise<Critique | undefined>;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createCritiqueSlice(services: Services): StateCreator<AppState, [], [], CritiqueSlice> {
  return (set, get) => {
    const pending = new Map<string, { path: Path; read: () => unknown }>();
    let committed: Critique | null = null;
    let openRun = 0;
    const locks = services.locks ?? freeDocumentLocks();
    let hold: DocumentHold | null = null;

    const withPending = (critique: Critique): Critique => {
      let next = critique;
      for (const { path, read } of pending.values()) next = updateAt(next, path, read());
      return next;
    };
    const current = (): Critique => {
      const critique = get().critique;
      if (!critique) throw new Error('No critique is open.');
      return critique;
    };
    const refresh = () => get().loadCritiques();

    const saveBasedOnCommitted = async (next: Critique): Promise<Critique> => {
      const base = committed?.id === next.id ? committed : null;
      try {
        const saved = await services.critiques.save(next, base?.updatedAt);
        committed = saved;
        return saved;
      } catch (error) {
        // Written elsewhere meanwhile (a rename from another window's library): re-apply ours on top.
        if (!(error instanceof StoryConflictError) || !base) throw error;
        const stored = await services.critiques.get(next.id);
        if (!stored) throw error;
        const saved = await services.critiques.save(applyPatch(stored, diffPatch(base, next)), stored.updatedAt);
        committed = saved;
        const shown = get().critique;
        if (shown?.id === saved.id) set({ critique: applyPatch({ ...saved }, diffPatch(next, shown)) });
        return saved;
      }
    };

    const autosaver = createAutosaver<Critique>({
      get id() {
        return get().critique?.id ?? '';
      },
      delayMs: AUTOSAVE_DELAY_MS,
      retryMs: RETRY_DELAY_MS,
      take: () => {
        const next = withPending(current());
        pending.clear();
        set({ critique: next });
        return { ...next, updatedAt: services.clock() };
      },
      peek: () => ({ ...withPending(current()), updatedAt: services.clock() }),
      write: async (next) => {
        const saved = await saveBasedOnCommitted(next);
        const shown = get().critique;
        if (shown?.id === saved.id) set({ critique: { ...shown, updatedAt: saved.updatedAt } });
        void refresh();
      },
      journal: critiqueJournal,
      onState: (critiqueSaveState, error) => {
        if (critiqueSaveState !== 'error') {
          return set({ critiqueSaveState, ...(critiqueSaveState === 'saved' ? { critiqueSaveError: null } : {}) });
        }
        set({
          critiqueSaveState,
          critiqueSaveError: `Not saved yet. ${describeStorageError(error)} Your text is kept and Viva will retry.`,
        });
      },
    });

    const letGo = (id: string) => {
      autosaver.discard(true);
      hold?.release();
      hold = null;
      committed = null;
      pending.clear();
      set({
        critique: null,
        critiqueStatus: 'heldElsewhere',
        critiqueHeldElsewhere: id,
        critiqueSaveState: 'saved',
        critiqueSaveError: null,
      });
    };
    // Another window asks for the critique this one holds: save, then let go.
    locks.onTakeOverAsked('critique', (id) => {
      if (get().critique?.id !== id) return;
      void autosaver.flush().then((isSaved) => {
        if (isSaved && get().critique?.id === id) letGo(id);
      });
    });
    // Taken without an answer (this window was busy): keep what was typed in the journal.
    const onLost = (id: string) => {
      if (get().critique?.id !== id) return;
      autosaver.journalUnsaved();
      letGo(id);
    };

    const load = async (id: string, run: number, isHeld = false) => {
      set({
        critiqueStatus: 'loading',
        critiqueError: null,
        critiqueSaveState: 'saved',
        critiqueSaveError: null,
        critiqueHeldElsewhere: null,
      });
      try {
        if (!isHeld) {
          const granted = await locks.tryHold('critique', id, () => onLost(id));
          if (run !== openRun) return granted?.release();
          if (!granted) return set({ critique: null, critiqueStatus: 'heldElsewhere', critiqueHeldElsewhere: id });
          hold = granted;
        }
        const stored = await services.critiques.get(id);
        if (run !== openRun) return;
        if (!stored || stored.deletedAt !== null) return set({ critique: null, critiqueStatus: 'missing' });
        committed = stored;
        const journal = critiqueJournal.read(id);
        const isJournalNewer = journal !== null && journal.updatedAt > stored.updatedAt;
        if (!isJournalNewer) critiqueJournal.clear(id);
        set({ critique: isJournalNewer ? journal : stored, critiqueStatus: 'ready' });
        if (isJournalNewer) {
          autosaver.changed();
          await autosaver.flush();
        }
      } catch (error) {
        set({ critique: null, critiqueStatus: 'error', critiqueError: message(error) });
      }
    };

    /** Apply an undo or redo patch to a critique, open or not. */
    const applyCritiquePatch = async (id: string, patch: Patch) => {
      const open = get().critique;
      if (open?.id === id) {
        const next = applyPatch(withPending(open), patch);
        pending.clear();
        set({ critique: next });
        autosaver.changed();
        return;
      }
      const stored = await services.critiques.get(id);
      if (!stored || stored.deletedAt !== null) throw new Error('its critique is in the trash or deleted.');
      await services.critiques.save(applyPatch(stored, patch));
      await refresh();
    };

    return {
      ...createCritiqueLibraryActions(services, set, get),
      critique: null,
      critiqueStatus: 'idle',
      critiqueError: null,
      critiqueSaveState: 'saved',
      critiqueSaveError: null,
      critiqueHeldElsewhere: null,
      takeOverCritique: async () => {
        const id = get().critiqueHeldElsewhere;
        if (!id || get().critique) return;
        const run = ++openRun;
        set({ critiqueStatus: 'loading' });
        const granted = await locks.takeOver('critique', id, () => onLost(id));
        if (run !== openRun) return granted.release();
        hold = granted;
        await load(id, run, true);
      },
      openCritique: async (id) => {
        if (get().critique?.id === id) return;
        const run = ++openRun;
        if (!(await get().closeCritique())) return;
        await load(id, run);
      },
      closeCritique: async () => {
        const closing = get().critique;
        if (!closing) {
          if (get().critiqueStatus === 'heldElsewhere') set({ critiqueStatus: 'idle', critiqueHeldElsewhere: null });
          return true;
        }
        if (!(await autosaver.flush())) {
          autosaver.journalUnsaved();
          get().notify(
            `Your latest edits to “${critiqueTitle(closing)}” are not saved yet. Viva keeps them and keeps trying; please do not close the window until it says Saved.`,
            'error',
          );
          return false;
        }
        if (get().critique?.id !== closing.id) return true;
        pending.clear();
        hold?.release();
        hold = null;
        committed = null;
        set({ critique: null, critiqueStatus: 'idle' });
        return true;
      },
      setCritiqueField: (path, read) => {
        if (!get().critique) return;
        pending.set(pathKey(path), { path, read });
        autosaver.changed();
      },
      changeCritique: (recipe, label = 'a change to the critique') => {
        const critique = get().critique;
        if (!critique) return null;
        const before = withPending(critique);
        const next = recipe(before);
        pending.clear();
        set({ critique: next });
        autosaver.changed();
        const patch = diffPatch(before, next);
        if (patch.length === 0 || label === null) return null;
        const { id } = critique;
        return get().recordRecordsChange(
          label,
          () => applyCritiquePatch(id, invertPatch(patch)),
          () => applyCritiquePatch(id, patch),
        );
      },
      flushCritique: async () => {
        if (get().critique) await autosaver.flush();
      },
      journalCritique: () => {
        if (get().critique) autosaver.journalUnsaved();
      },
      readCritiqueForRun: async (id) => {
        // The open critique's latest words belong in the run.
        if (get().critique?.id === id) await autosaver.flush();
        return services.critiques.get(id);
      },
    };
  };
}
