/*
 * Fields that keep their own undo: text inputs, text areas and the rich-text editors. The app's
 * undo (Ctrl/Cmd+Z outside them) never takes the keys from them; the Edit menu's Undo and Redo,
 * which arrive as commands, are handed to the focused field the way its own keys would be.
 */

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'email', 'tel', 'password', 'number']);

/** Whether an element is a field with its own undo history (a select or a button has none). */
export function hasOwnUndo(target: EventTarget | null): target is HTMLElement {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return !target.readOnly;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type) && !target.readOnly;
}

/**
 * Undo or redo in the focused field, if it has its own history; false when it has none. The
 * editor (ProseMirror) takes the same `beforeinput` the browser sends for the keys; a plain
 * field takes the browser's own editing command.
 */
export function undoInFocusedField(direction: 'undo' | 'redo'): boolean {
  const target = document.activeElement;
  if (!hasOwnUndo(target)) return false;
  if (target.isContentEditable) {
    const inputType = direction === 'undo' ? 'historyUndo' : 'historyRedo';
    target.dispatchEvent(new InputEvent('beforeinput', { inputType, bubbles: true, cancelable: true }));
    return true;
  }
  // execCommand is deprecated but remains the only way to reach a native field's own undo stack.
  document.execCommand(direction);
  return true;
}
