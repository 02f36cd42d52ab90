/*
 * The app's undo history as a pure value: changes done (newest last) and changes undone (the
 * redo stack, newest last). A new change clears the redo stack; the oldest changes fall off
 * beyond a limit. The entries are whatever the caller records (a story patch, a record change).
 */

/** At least the session's last 100 changes can be undone. */
export const UNDO_LIMIT = 100;

export interface UndoHistory<E> {
  done: readonly E[];
  undone: readonly E[];
}

export function emptyHistory<E>(): UndoHistory<E> {
  return { done: [], undone: [] };
}

/** The history with a new change recorded. */
export function recordChange<E>(history: UndoHistory<E>, entry: E, limit = UNDO_LIMIT): UndoHistory<E> {
  return { done: [...history.done, entry].slice(-limit), undone: [] };
}

/** The change to undo, and the history once it is undone; null when there is none. */
export function takeUndo<E>(history: UndoHistory<E>): { entry: E; history: UndoHistory<E> } | null {
  const entry = history.done.at(-1);
  if (entry === undefined) return null;
  return { entry, history: { done: history.done.slice(0, -1), undone: [...history.undone, entry] } };
}

/** The change to redo, and the history once it is redone; null when there is none. */
export function takeRedo<E>(history: UndoHistory<E>): { entry: E; history: UndoHistory<E> } | null {
  const entry = history.undone.at(-1);
  if (entry === undefined) return null;
  return { entry, history: { done: [...history.done, entry], undone: history.undone.slice(0, -1) } };
}

/**
 * Undo one particular change (an Undo notice for a delete, pressed after other changes): it
 * leaves the done list wherever it is and joins the redo stack.
 */
export function takeUndoOf<E>(
  history: UndoHistory<E>,
  isIt: (entry: E) => boolean,
): { entry: E; history: UndoHistory<E> } | null {
  const index = history.done.findIndex(isIt);
  const entry = history.done[index];
  if (index === -1 || entry === undefined) return null;
  const done = [...history.done.slice(0, index), ...history.done.slice(index + 1)];
  return { entry, history: { done, undone: [...history.undone, entry] } };
}
