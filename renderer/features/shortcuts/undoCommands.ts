/*
 * Undo and Redo as app commands, for the keys and the Edit menu alike: a focused text field
 * undoes its own typing; anywhere else the app's history (undoSlice) steps back or forth.
 */
import { registerCommand } from '../../app/commands';
import { undoInFocusedField } from './fieldUndo';

registerCommand({
  id: 'undo',
  label: 'Undo',
  run: ({ store }) => {
    if (!undoInFocusedField('undo')) void store.getState().undo();
  },
});

registerCommand({
  id: 'redo',
  label: 'Redo',
  run: ({ store }) => {
    if (!undoInFocusedField('redo')) void store.getState().redo();
  },
});
