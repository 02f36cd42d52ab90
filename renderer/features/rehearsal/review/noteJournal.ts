/*
 * The last words of a "what to fix" note, kept synchronously in localStorage when the page
 * unloads before the IndexedDB write has finished; the review replays them on its next open.
 */
import { MAX_TEXT } from '../../../../shared/model/text';

const PREFIX = 'viva:unsavedNote:';

/** Keep a note that may not have reached the database. */
export function writeNoteJournal(sessionId: string, note: string): void {
  try {
    localStorage.setItem(PREFIX + sessionId, note);
  } catch {
    // Storage full or disabled: the IndexedDB write started alongside is the remaining chance.
  }
}

/** The journalled note for a session, if there is one. */
export function readNoteJournal(sessionId: string): string | null {
  try {
    const note = localStorage.getItem(PREFIX + sessionId);
    return note === null ? null : note.slice(0, MAX_TEXT);
  } catch {
    return null;
  }
}

export function clearNoteJournal(sessionId: string): void {
  try {
    localStorage.removeItem(PREFIX + sessionId);
  } catch {
    // Nothing to clear.
  }
}
