import type { BackupEntry } from './backupNames';

/** What the app found when it opened its database at start. */
export type LibraryHealth =
  | { status: 'unreadable' }
  /** `ownStories`: stories the user made (live or in the trash), not counting the sample. */
  | { status: 'readable'; ownStories: number; liveStories: number };

/**
 * The backup to offer at start, if any: only when the database cannot be read or holds none
 * of the user's own stories, and only a backup that holds more stories than the library does
 * now (so a backup of the freshly seeded sample alone is never offered). A backup the user
 * already declined is not offered again.
 */
export function chooseRestoreOffer(
  backups: readonly BackupEntry[],
  health: LibraryHealth,
  declinedName: string | null,
): BackupEntry | null {
  if (health.status === 'readable' && health.ownStories > 0) return null;
  const current = health.status === 'readable' ? health.liveStories : 0;
  const newest = [...backups].sort((a, b) => b.createdAt - a.createdAt).find((b) => b.storyCount > current);
  if (!newest || newest.name === declinedName) return null;
  return newest;
}
