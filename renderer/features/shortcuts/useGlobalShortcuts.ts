import { useEffect, useEffectEvent } from 'react';
import { runCommand, type CommandContext } from '../../app/commands';
import { hasOwnUndo } from './fieldUndo';
import { isEditableTarget } from './isEditableTarget';
import { isMacPlatform } from './isMacPlatform';
import { isOnPlatform, matchesChord, SHORTCUTS, type Shortcut } from './shortcutList';
import './undoCommands';

// Undo and redo leave the keys to a field with its own typing history; a select, a radio button
// or a checkbox has none, so there they undo the app's last change (a rating picked by mistake).
function isFieldsOwn(shortcut: Shortcut, target: EventTarget | null): boolean {
  if (shortcut.command === 'undo' || shortcut.command === 'redo') return hasOwnUndo(target);
  return isEditableTarget(target);
}

/** Run the global shortcuts of the shortcut list; shortcuts handled in place are left alone. */
export function useGlobalShortcuts(context: CommandContext): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
    const isMac = isMacPlatform();
    const shortcut = SHORTCUTS.find(
      (s) =>
        s.command &&
        isOnPlatform(s, isMac) &&
        (s.whileTyping || !isFieldsOwn(s, event.target)) &&
        matchesChord(event, s.chord, isMac),
    );
    if (!shortcut?.command) return;
    event.preventDefault();
    runCommand(shortcut.command, context);
  });

  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
