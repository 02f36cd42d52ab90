/*
 * The app's undo and redo for every change outside the text fields: a story's or a critique's
 * structure (recorded by its slice with an id-aware patch each way, so undoing it never reverts
 * text typed since) and the user's own records (deck questions, formats, rehearsals, stories in
 * the library). Each change is recorded with its undo and redo by the slice that made it, so
 * this history calls nothing of any other slice's. Undo notices and Ctrl/Cmd+Z share it.
 */
import type { StateCreator } from 'zustand';
import { emptyHistory, recordChange, takeRedo, takeUndo, takeUndoOf, type UndoHistory } from '../../shared/undo/undoHistory';
import type { AppState } from './appState';
import { errorMessage as message } from '../../shared/text/errorMessage';

interface EntryBase {
  id: number;
  /** What the change did, in a few words: “deleted the family “Sparse methods””. */
  label: string;
}

export type UndoEntry = EntryBase & { undo: () => Promise<void>; redo: () => Promise<void> };

export interface UndoSlice {
  undoHistory: UndoHistory<UndoEntry>;
  /** Record a change with the way back and forth; returns its id, for an Undo notice. */
  recordRecordsChange(label: string, undo: () => Promise<void>, redo: () => Promise<void>): number;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Undo one particular change (an Undo notice), even when other changes came after it. */
  undoChange(id: number): Promise<void>;
}

let nextEntryId = 1;

export const createUndoSlice: StateCreator<AppState, [], [], UndoSlice> = (set, get) => {
  // One step at a time: pressing Ctrl+Z quickly applies each undo in turn.
  let queue: Promise<void> = Promise.resolve();

  const run = async (entry: UndoEntry, direction: 'undo' | 'redo') => (direction === 'undo' ? entry.undo() : entry.redo());

  const step = (
    taken: { entry: UndoEntry; history: UndoHistory<UndoEntry> } | null,
    direction: 'undo' | 'redo',
    nothing = direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.',
  ) => {
    if (!taken) {
      get().notify(nothing);
      return;
    }
    set({ undoHistory: taken.history });
    const { entry } = taken;
    const done = direction === 'undo' ? `Undone: ${entry.label}.` : `Redone: ${entry.label}.`;
    const again =
      direction === 'undo' ? { label: 'Redo', run: () => void get().redo() } : { label: 'Undo', run: () => void get().undo() };
    return run(entry, direction).then(
      () => void get().notify(done, 'info', again),
      (error: unknown) =>
        void get().notify(`That could not be ${direction === 'undo' ? 'undone' : 'redone'}: ${message(error)}`, 'error'),
    );
  };

  const enqueue = (work: () => Promise<void> | undefined) => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    undoHistory: emptyHistory<UndoEntry>(),
    recordRecordsChange: (label, undo, redo) => {
      const entry: UndoEntry = { id: nextEntryId++, label, undo, redo };
      set({ undoHistory: recordChange(get().undoHistory, entry) });
      return entry.id;
    },
    undo: () => enqueue(() => step(takeUndo(get().undoHistory), 'undo')),
    redo: () => enqueue(() => step(takeRedo(get().undoHistory), 'redo')),
    undoChange: (id) =>
      enqueue(() =>
        step(
          takeUndoOf(get().undoHistory, (entry) => entry.id === id),
          'undo',
          'That change is already undone.',
        ),
      ),
  };
};
