/*
 * Every app command described once: its name, the keys that run it and whether a key still works
 * while typing. The renderer's keyboard handling, the shortcut sheet and the desktop menu's
 * command items are all built from these, so none can drift from the others. What a command
 * does (and when it applies) lives with the renderer's command list (renderer/commands/).
 */
import type { MenuCommand } from '../ipc/menuCommands';

export interface KeyChord {
  key: string;
  /** Cmd on macOS, Ctrl elsewhere. */
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
}

export interface CommandKey {
  chord: KeyChord;
  /** Whether it still runs while typing in a field. */
  whileTyping?: boolean;
  /** A chord of one platform only (Ctrl+Y redoes on Windows and Linux, not on macOS). */
  platform?: 'mac' | 'other';
  /**
   * The key the desktop menu shows for the command: 'also' when the page handles it too, 'only'
   * when the menu takes it and the page never does (a browser keeps Ctrl+N and Ctrl+L for
   * itself, so there the command has another key).
   */
  menu?: 'also' | 'only';
}

export interface CommandSpec {
  id: MenuCommand;
  /** How the shortcut sheet and notices name it. */
  label: string;
  /** How the desktop menu names it (title case, an ellipsis where a dialog follows). */
  menuLabel: string;
  keys: readonly CommandKey[];
}

const mod = (key: string, extra: Omit<KeyChord, 'key' | 'mod'> = {}): KeyChord => ({ key, mod: true, ...extra });

export const COMMAND_SPECS: Readonly<Record<MenuCommand, CommandSpec>> = {
  newStory: {
    id: 'newStory',
    label: 'New story',
    menuLabel: 'New Story',
    keys: [
      { chord: { key: 'n', alt: true }, whileTyping: true },
      { chord: mod('n'), menu: 'only' },
    ],
  },
  library: {
    id: 'library',
    label: 'Go to the library',
    menuLabel: 'Library',
    keys: [
      { chord: { key: 'l', alt: true }, whileTyping: true },
      { chord: mod('l'), menu: 'only' },
    ],
  },
  import: {
    id: 'import',
    label: 'Import a backup',
    menuLabel: 'Import Backup…',
    keys: [{ chord: mod('o'), whileTyping: true, menu: 'also' }],
  },
  importDeck: {
    id: 'importDeck',
    label: 'Import a slide deck as a talk outline',
    menuLabel: 'Import Slide Deck…',
    keys: [{ chord: mod('o', { shift: true }), whileTyping: true, menu: 'also' }],
  },
  export: {
    id: 'export',
    label: 'Export the open story, or back up the library',
    menuLabel: 'Export…',
    // Not Ctrl+E: in the editor that is inline code, and a menu accelerator would take it.
    keys: [{ chord: mod('e', { shift: true }), whileTyping: true, menu: 'also' }],
  },
  preferences: {
    id: 'preferences',
    label: 'Preferences',
    menuLabel: 'Preferences…',
    keys: [{ chord: mod(','), whileTyping: true, menu: 'also' }],
  },
  rehearse: {
    id: 'rehearse',
    label: 'Rehearse',
    menuLabel: 'Rehearse',
    keys: [{ chord: mod('r', { shift: true }), whileTyping: true, menu: 'also' }],
  },
  shortcuts: {
    id: 'shortcuts',
    label: 'Show keyboard shortcuts',
    menuLabel: 'Keyboard Shortcuts',
    keys: [{ chord: mod('/'), whileTyping: true, menu: 'also' }, { chord: { key: '?' } }],
  },
  openSample: { id: 'openSample', label: 'Open the sample story', menuLabel: 'Open the Sample Story', keys: [] },
  // A text field keeps its own undo of typing: these act when the focus is anywhere else.
  undo: {
    id: 'undo',
    label: 'Undo the last change (a text field undoes its typing)',
    menuLabel: 'Undo',
    keys: [{ chord: mod('z'), menu: 'also' }],
  },
  redo: {
    id: 'redo',
    label: 'Redo',
    menuLabel: 'Redo',
    keys: [
      { chord: mod('z', { shift: true }), platform: 'mac', menu: 'also' },
      { chord: mod('z', { shift: true }), platform: 'other' },
      { chord: mod('y'), platform: 'other', menu: 'also' },
    ],
  },
};

/** Whether a key applies on this platform. */
export function isKeyOnPlatform(key: Pick<CommandKey, 'platform'>, isMac: boolean): boolean {
  return key.platform === undefined || key.platform === (isMac ? 'mac' : 'other');
}

/** A chord as an Electron accelerator, "CmdOrCtrl+Shift+E". */
export function toAccelerator(chord: KeyChord): string {
  const parts = [chord.mod ? 'CmdOrCtrl' : null, chord.alt ? 'Alt' : null, chord.shift ? 'Shift' : null];
  return [...parts.filter((p) => p !== null), chord.key.length === 1 ? chord.key.toUpperCase() : chord.key].join('+');
}

/** The key the desktop menu shows for a command on this platform, as an accelerator; none for a command without one. */
export function menuAccelerator(spec: CommandSpec, isMac: boolean): string | undefined {
  const key = spec.keys.find((k) => k.menu !== undefined && isKeyOnPlatform(k, isMac));
  return key && toAccelerator(key.chord);
}
