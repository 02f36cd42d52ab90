/*
 * Backup files of older schema versions are brought forward one version at a time by pure
 * functions on the parsed JSON, before validation. Append one step per version rise: the step
 * keyed N turns a version-N file into a version-(N+1) file.
 */

import { formatTimesToMs, practiceTimesToMs, sessionTimesToMs, storyTimesToMs } from './timesInMilliseconds';

/** A parsed, not yet validated backup file: plain JSON objects. */
export type RawBackup = Record<string, unknown>;

export type BackupMigration = (file: RawBackup) => RawBackup;

/** Version 2 carries the delivery analyses of recorded runs; a version-1 file had none. */
export function addDeliveryAnalyses(file: RawBackup): RawBackup {
  return { ...file, analyses: [] };
}

/** Version 3 carries paper critiques; a version-2 file had none. */
export function addCritiques(file: RawBackup): RawBackup {
  return { ...file, critiques: [] };
}

/** Version 4 stores durations in milliseconds (shared/migrations/timesInMilliseconds.ts). */
export function storeTimesInMilliseconds(file: RawBackup): RawBackup {
  const each = (field: string, step: (record: unknown) => unknown) =>
    Array.isArray(file[field]) ? { [field]: (file[field] as unknown[]).map(step) } : {};
  return {
    ...file,
    ...each('stories', storyTimesToMs),
    ...each('formats', formatTimesToMs),
    ...each('sessions', sessionTimesToMs),
    ...each('practice', practiceTimesToMs),
  };
}

/** Steps by the version they upgrade from. */
export const BACKUP_MIGRATIONS: Readonly<Record<number, BackupMigration>> = {
  1: addDeliveryAnalyses,
  2: addCritiques,
  3: storeTimesInMilliseconds,
};

/** The oldest schema version Viva still reads. */
export const OLDEST_READABLE_VERSION = 1;
