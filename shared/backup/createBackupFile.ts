import { SCHEMA_VERSION } from '../migrations/schemaVersion';
import { BACKUP_FORMAT, type BackupFile, type LibrarySnapshot } from './backupFile';

export interface BackupHeader {
  scope: BackupFile['scope'];
  appVersion: string;
  /** Time of export, in ms since the epoch. */
  exportedAt: number;
}

/** A backup file of the current schema version from the records of the library. */
export function createBackupFile(snapshot: LibrarySnapshot, header: BackupHeader): BackupFile {
  return {
    format: BACKUP_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    appVersion: header.appVersion,
    exportedAt: new Date(header.exportedAt).toISOString(),
    scope: header.scope,
    ...snapshot,
  };
}

/** The file's text: indented JSON, the header first, ending with a newline. */
export function serializeBackup(file: BackupFile): string {
  const { format, schemaVersion, appVersion, exportedAt, scope, ...records } = file;
  return `${JSON.stringify({ format, schemaVersion, appVersion, exportedAt, scope, ...records }, null, 2)}\n`;
}
