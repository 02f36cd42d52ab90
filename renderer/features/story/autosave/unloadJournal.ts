/*
 * A synchronous safety net for the last half second of typing. IndexedDB writes are
 * asynchronous and may not finish while a page unloads; localStorage writes are synchronous.
 * So on unload the unsaved story goes here, and the next open of the story replays it if it is
 * newer than what the database holds.
 */
import { storySchema, type Story } from '../../../../shared/model/story';

const PREFIX = 'viva:unsaved:';

/** Keep an unsaved story until the next start. */
export function writeJournal(story: Story): void {
  try {
    localStorage.setItem(PREFIX + story.id, JSON.stringify(story));
  } catch {
    // Storage full or disabled: the IndexedDB write started alongside is the remaining chance.
  }
}

/** The journalled story for an id, if one is there and valid. */
export function readJournal(id: string): Story | null {
  try {
    const raw = localStorage.getItem(PREFIX + id);
    if (!raw) return null;
    const parsed = storySchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function clearJournal(id: string): void {
  try {
    localStorage.removeItem(PREFIX + id);
  } catch {
    // Nothing to clear.
  }
}
