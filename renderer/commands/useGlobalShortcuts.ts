import { useEffect, useEffectEvent } from 'react';
import type { MenuCommand } from '../../shared/ipc/menuCommands';
import { hasOwnUndo } from '../features/shortcuts/fieldUndo';
import { isEditableTarget } from '../features/shortcuts/isEditableTarget';
import { isMacPlatform } from '../features/shortcuts/isMacPlatform';
import { matchesChord } from '../features/shortcuts/shortcutList';
import { APP_COMMANDS, pageKeys, runCommand } from './appCommands';
import type { CommandContext } from './commandContext';

// Undo and redo leave the keys to a field with its own typing history; a select, a radio button
// or a checkbox has none, so there they undo the app's last change (a rating picked by mistake).
function isFieldsOwn(command: MenuCommand, target: EventTarget | null): boolean {
  if (command === 'undo' || command === 'redo') return hasOwnUndo(target);
  return isEditableTarget(target);
}

/** Run the app's commands from their keys (keys handled in place are left alone). */
export function useGlobalShortcuts(context: CommandContext): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
    const isMac = isMacPlatform();
    const command = APP_COMMANDS.find((c) =>
      pageKeys(c, isMac).some(
        (key) => (key.whileTyping || !isFieldsOwn(c.id, event.target)) && matchesChord(event, key.chord, isMac),
      ),
    );
    if (!command) return;
    event.preventDefault();
    runCommand(command.id, context);
  });

  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
