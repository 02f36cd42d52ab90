import { BACKUP_MIGRATIONS, OLDEST_READABLE_VERSION, type BackupMigration, type RawBackup } from '../migrations/backupMigrations';
import { SCHEMA_VERSION } from '../migrations/schemaVersion';
import type { BackupProblem } from './backupProblem';

export type MigrateResult = { ok: true; file: RawBackup; from: number } | { ok: false; problem: BackupProblem };

/**
 * Bring a parsed backup to the current schema version, one pure step at a time. A file from a
 * newer Viva is refused (its records may hold what this version would drop), as is a version
 * that never existed.
 */
export function migrateBackup(
  file: RawBackup,
  steps: Readonly<Record<number, BackupMigration>> = BACKUP_MIGRATIONS,
  current: number = SCHEMA_VERSION,
  oldest: number = OLDEST_READABLE_VERSION,
): MigrateResult {
  const version = file['schemaVersion'];
  const where = 'schemaVersion';
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, problem: { where, message: 'the file does not say which version of Viva’s data it holds' } };
  }
  if (version > current) {
    const app = typeof file['appVersion'] === 'string' ? ` (Viva ${file['appVersion'].slice(0, 40)})` : '';
    return {
      ok: false,
      problem: {
        where,
        message: `the file was written by a newer Viva${app}, in data version ${version}; this Viva reads versions up to ${current}. Update Viva, then import it again.`,
      },
    };
  }
  if (version < oldest) {
    return { ok: false, problem: { where, message: `data version ${version} is not one Viva ever wrote` } };
  }
  let migrated = file;
  for (let from = version; from < current; from += 1) {
    const step = steps[from];
    if (!step) return { ok: false, problem: { where, message: `Viva cannot upgrade data version ${from} (no upgrade step)` } };
    migrated = { ...step(migrated), schemaVersion: from + 1 };
  }
  return { ok: true, file: migrated, from: version };
}
