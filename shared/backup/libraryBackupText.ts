/*
 * The text of a rolling backup: the whole library in the backup file format, and its "body"
 * (everything but the header), which stays the same while the library does, so a backup is
 * taken only when something changed.
 */
import type { LibrarySnapshot } from './backupFile';
import { createBackupFile, serializeBackup } from './createBackupFile';

const HEADER_KEYS = ['format', 'schemaVersion', 'appVersion', 'exportedAt', 'scope'] as const;

/** A whole-library backup file as JSON text, the same as an exported library backup. */
export function buildLibraryBackupText(snapshot: LibrarySnapshot, appVersion: string, exportedAt: number): string {
  return serializeBackup(createBackupFile(snapshot, { scope: 'library', appVersion, exportedAt }));
}

/** The backup's records without its header (whose time changes on every backup). */
export function backupBody(text: string): string {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null) return text;
  const body: Record<string, unknown> = { ...(parsed as Record<string, unknown>) };
  for (const key of HEADER_KEYS) delete body[key];
  return JSON.stringify(body);
}
