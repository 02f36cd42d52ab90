/*
 * Every keyboard shortcut, in one list: the global handler matches against it and the shortcut
 * sheet is drawn from it, so the sheet always tells the truth.
 */
import type { MenuCommand } from '../../../shared/ipc/menuCommands';

export interface KeyChord {
  key: string;
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
}

export interface Shortcut {
  group: 'Everywhere' | 'Library' | 'Lists' | 'Editor' | 'Rehearsal' | 'Drills';
  description: string;
  chord: KeyChord;
  /** The command it runs, for shortcuts the global handler owns; others are handled in place. */
  command?: MenuCommand;
  /** Whether it still fires while typing in a field. */
  whileTyping?: boolean;
  /** A chord of one platform only (Ctrl+Y redoes on Windows and Linux, not on macOS). */
  platform?: 'mac' | 'other';
}

/** Whether a shortcut applies on this platform. */
export function isOnPlatform(shortcut: Shortcut, isMac: boolean): boolean {
  return shortcut.platform === undefined || shortcut.platform === (isMac ? 'mac' : 'other');
}

export const SHORTCUTS: readonly Shortcut[] = [
  { group: 'Everywhere', description: 'Show keyboard shortcuts', chord: { key: '?' }, command: 'shortcuts' },
  {
    group: 'Everywhere',
    description: 'Show keyboard shortcuts, even while typing',
    chord: { key: '/', mod: true },
    command: 'shortcuts',
    whileTyping: true,
  },
  { group: 'Everywhere', description: 'New story', chord: { key: 'n', alt: true }, command: 'newStory', whileTyping: true },
  {
    group: 'Everywhere',
    description: 'Go to the library',
    chord: { key: 'l', alt: true },
    command: 'library',
    whileTyping: true,
  },
  { group: 'Everywhere', description: 'Preferences', chord: { key: ',', mod: true }, command: 'preferences', whileTyping: true },
  { group: 'Everywhere', description: 'Close a dialog', chord: { key: 'Escape' } },
  // A text field keeps its own undo of typing: these act when the focus is anywhere else.
  {
    group: 'Everywhere',
    description: 'Undo the last change (a text field undoes its typing)',
    chord: { key: 'z', mod: true },
    command: 'undo',
  },
  { group: 'Everywhere', description: 'Redo', chord: { key: 'z', mod: true, shift: true }, command: 'redo' },
  { group: 'Everywhere', description: 'Redo', chord: { key: 'y', mod: true }, command: 'redo', platform: 'other' },
  {
    group: 'Everywhere',
    description: 'Rehearse',
    // The same chord as the desktop menu's Story › Rehearse.
    chord: { key: 'r', mod: true, shift: true },
    command: 'rehearse',
    whileTyping: true,
  },
  {
    group: 'Everywhere',
    description: 'Export the open story, or back up the library',
    chord: { key: 'e', mod: true, shift: true },
    command: 'export',
    whileTyping: true,
  },
  { group: 'Everywhere', description: 'Import a backup', chord: { key: 'o', mod: true }, command: 'import', whileTyping: true },
  {
    group: 'Everywhere',
    description: 'Import a slide deck as a talk outline',
    chord: { key: 'o', mod: true, shift: true },
    command: 'importDeck',
    whileTyping: true,
  },
  { group: 'Library', description: 'Search stories', chord: { key: '/' } },
  { group: 'Lists', description: 'Move the focused item up', chord: { key: 'ArrowUp', alt: true } },
  { group: 'Lists', description: 'Move the focused item down', chord: { key: 'ArrowDown', alt: true } },
  { group: 'Rehearsal', description: 'Start, pause or resume the clock', chord: { key: ' ' } },
  { group: 'Rehearsal', description: 'Next segment', chord: { key: 'ArrowRight' } },
  { group: 'Rehearsal', description: 'Previous segment', chord: { key: 'ArrowLeft' } },
  { group: 'Rehearsal', description: 'Throw a challenge question', chord: { key: 'c' } },
  // One row per rating: a single row showed only the key 1.
  { group: 'Rehearsal', description: 'Rate the answer: nailed it', chord: { key: '1' } },
  { group: 'Rehearsal', description: 'Rate the answer: shaky', chord: { key: '2' } },
  { group: 'Rehearsal', description: 'Rate the answer: missed', chord: { key: '3' } },
  { group: 'Rehearsal', description: 'Hide or show the notes', chord: { key: 'h' } },
  { group: 'Drills', description: 'Rate the answer: nailed it', chord: { key: '1' } },
  { group: 'Drills', description: 'Rate the answer: shaky', chord: { key: '2' } },
  { group: 'Drills', description: 'Rate the answer: missed', chord: { key: '3' } },
  { group: 'Rehearsal', description: 'Finish the run', chord: { key: 'Escape' } },
  { group: 'Editor', description: 'Bold', chord: { key: 'b', mod: true } },
  { group: 'Editor', description: 'Italic', chord: { key: 'i', mod: true } },
  { group: 'Editor', description: 'Inline code', chord: { key: 'e', mod: true } },
  { group: 'Editor', description: 'Bulleted list', chord: { key: '8', mod: true, shift: true } },
  { group: 'Editor', description: 'Numbered list', chord: { key: '7', mod: true, shift: true } },
];

/** Whether a key event matches a chord; "mod" is Cmd on macOS and Ctrl elsewhere. */
export function matchesChord(
  event: Pick<KeyboardEvent, 'key' | 'metaKey' | 'ctrlKey' | 'shiftKey' | 'altKey' | 'code'>,
  chord: KeyChord,
  isMac: boolean,
): boolean {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (Boolean(chord.mod) !== mod || Boolean(chord.alt) !== event.altKey) return false;
  // "?" needs Shift on most layouts, so Shift is only checked for letter and digit chords.
  if (/^[a-z0-9]$/i.test(chord.key) && Boolean(chord.shift) !== event.shiftKey) return false;
  if (chord.alt && /^[a-z]$/.test(chord.key)) return event.code === `Key${chord.key.toUpperCase()}`;
  return event.key.toLowerCase() === chord.key.toLowerCase();
}

/** How a chord reads on this platform, e.g. "Ctrl + /" or "⌘ /". */
export function describeChord(chord: KeyChord, isMac: boolean): string[] {
  const keys: string[] = [];
  if (chord.mod) keys.push(isMac ? '⌘' : 'Ctrl');
  if (chord.alt) keys.push(isMac ? '⌥' : 'Alt');
  if (chord.shift) keys.push(isMac ? '⇧' : 'Shift');
  const names: Record<string, string> = {
    ArrowUp: '↑',
    ArrowDown: '↓',
    ArrowLeft: '←',
    ArrowRight: '→',
    Escape: 'Esc',
    ' ': 'Space',
  };
  keys.push(names[chord.key] ?? (chord.key.length === 1 ? chord.key.toUpperCase() : chord.key));
  return keys;
}
