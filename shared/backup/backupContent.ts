import { BACKUP_FORMAT } from './backupFile';

/** The content offered as a rolling backup is not a whole-library Viva backup. */
export class NotALibraryBackupError extends Error {
  override name = 'NotALibraryBackupError';
}

/**
 * Check that text is a whole-library backup and count its live stories, for the file name.
 * This is the writer's sanity check only; restoring validates every record in full.
 */
export function describeLibraryBackup(content: string): { storyCount: number } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    throw new NotALibraryBackupError('The backup is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null) throw new NotALibraryBackupError('The backup is not a JSON object.');
  const file = parsed as { format?: unknown; scope?: unknown; stories?: unknown };
  if (file.format !== BACKUP_FORMAT) throw new NotALibraryBackupError(`The backup does not say it is a ${BACKUP_FORMAT} file.`);
  if (file.scope !== 'library') throw new NotALibraryBackupError('A rolling backup must hold the whole library, not one story.');
  if (!Array.isArray(file.stories)) throw new NotALibraryBackupError('The backup has no list of stories.');
  const live = file.stories.filter((story: unknown) => (story as { deletedAt?: unknown } | null)?.deletedAt === null);
  return { storyCount: live.length };
}

/** The most of a rolling backup main reads to check what it is: its header, never its records. */
export const BACKUP_HEADER_LIMIT = 4096;

/**
 * Check, from its first few kilobytes only, that text is a whole-library backup as Viva writes
 * it (serializeBackup puts the header keys first, before "stories"). Main runs this on every
 * rolling backup, so it never parses up to 64 MB on its own thread; restoring validates in full.
 */
export function checkLibraryBackupHeader(content: string): void {
  const head = content.slice(0, BACKUP_HEADER_LIMIT);
  const storiesAt = head.indexOf('"stories"');
  if (!head.trimStart().startsWith('{') || storiesAt === -1) {
    throw new NotALibraryBackupError('The backup does not begin with the header of a Viva backup.');
  }
  let header: unknown;
  try {
    header = JSON.parse(`${head.slice(0, storiesAt).trimEnd().replace(/,$/, '')}}`);
  } catch {
    throw new NotALibraryBackupError('The backup does not begin with the header of a Viva backup.');
  }
  const file = header as { format?: unknown; scope?: unknown };
  if (file.format !== BACKUP_FORMAT) throw new NotALibraryBackupError(`The backup does not say it is a ${BACKUP_FORMAT} file.`);
  if (file.scope !== 'library') throw new NotALibraryBackupError('A rolling backup must hold the whole library, not one story.');
}
