/*
 * What Undo and Redo do, for the keys and the Edit menu alike: a focused text field undoes its
 * own typing; anywhere else the app's history (undoSlice) steps back or forth.
 */
import type { CommandContext } from '../../commands/commandContext';
import { undoInFocusedField } from './fieldUndo';

export function undoHere({ store }: CommandContext): void {
  if (!undoInFocusedField('undo')) void store.getState().undo();
}

export function redoHere({ store }: CommandContext): void {
  if (!undoInFocusedField('redo')) void store.getState().redo();
}
