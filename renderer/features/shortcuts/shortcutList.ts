/*
 * The keys handled in place (inside the run screen, the drills, the editor, a list): listed here
 * so the shortcut sheet can show them beside the app's commands, whose keys come from the
 * command list (renderer/commands/appCommands.ts).
 */
import type { KeyChord } from '../../../shared/commands/commandSpecs';

export type { KeyChord };

export interface Shortcut {
  group: 'Everywhere' | 'Library' | 'Lists' | 'Editor' | 'Rehearsal' | 'Drills';
  description: string;
  chord: KeyChord;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { group: 'Everywhere', description: 'Close a dialog', chord: { key: 'Escape' } },
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
