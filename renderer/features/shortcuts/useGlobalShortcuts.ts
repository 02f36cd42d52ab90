import { useEffect, useEffectEvent } from 'react';
import { runCommand, type CommandContext } from '../../app/commands';
import { isEditableTarget } from './isEditableTarget';
import { isMacPlatform } from './isMacPlatform';
import { matchesChord, SHORTCUTS } from './shortcutList';

/** Run the global shortcuts of the shortcut list; shortcuts handled in place are left alone. */
export function useGlobalShortcuts(context: CommandContext): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
    const isTyping = isEditableTarget(event.target);
    const shortcut = SHORTCUTS.find(
      (s) => s.command && (s.whileTyping || !isTyping) && matchesChord(event, s.chord, isMacPlatform()),
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
