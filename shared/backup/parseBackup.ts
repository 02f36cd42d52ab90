/*
 * Reading a backup file, all of it before anything is written: size, UTF-8, JSON without
 * prototype pollution, the format header, migration of older versions, unsafe links removed,
 * every record checked by the strict schemas, every rich-text document by the editor's schema,
 * and no two records sharing an id. Every problem comes back in plain words with its place.
 */
import { migrateBackup } from './migrateBackup';
import { BACKUP_FORMAT, backupFileSchema, type BackupFile } from './backupFile';
import { MAX_BACKUP_BYTES, MAX_LISTED_PROBLEMS } from './backupLimits';
import type { BackupProblem } from './backupProblem';
import { checkRichText } from './checkRichText';
import { decodeBackupBytes } from './decodeBackupBytes';
import { describeBackupIssues } from './describeBackupIssue';
import { findDuplicateIds } from './findDuplicateIds';
import { isStackOverflow } from './isStackOverflow';
import { parseJsonSafely } from './parseJsonSafely';
import { stripUnsafeLinks } from './stripUnsafeLinks';

export type BackupReadResult =
  /** `notes`: what was changed on the way in (unsafe links removed, forbidden keys ignored). */
  { ok: true; file: BackupFile; notes: BackupProblem[]; fromVersion: number } | { ok: false; problems: BackupProblem[] };

function refuse(problems: BackupProblem[]): BackupReadResult {
  if (problems.length <= MAX_LISTED_PROBLEMS) return { ok: false, problems };
  const hidden = problems.length - MAX_LISTED_PROBLEMS;
  return {
    ok: false,
    problems: [
      ...problems.slice(0, MAX_LISTED_PROBLEMS),
      { where: '', message: `…and ${hidden} more problem${hidden > 1 ? 's' : ''}.` },
    ],
  };
}

/**
 * Read a backup from the bytes of a file: the size is checked before anything is decoded. May
 * throw a stack overflow (RangeError) when the editor's schema check runs out of stack on deeply nested text: a
 * worker's stack is smaller than the window's, so the worker lets it escape and the window
 * reads the file again with parseBackupBytes.
 */
export function readBackupBytes(bytes: Uint8Array, limit = MAX_BACKUP_BYTES): BackupReadResult {
  const decoded = decodeBackupBytes(bytes, limit);
  if (!decoded.ok) return refuse([decoded.problem]);
  return parseBackupText(decoded.text, limit);
}

/** Read a backup from the bytes of a file; text nested too deep for this thread's stack is refused. */
export function parseBackupBytes(bytes: Uint8Array, limit = MAX_BACKUP_BYTES): BackupReadResult {
  try {
    return readBackupBytes(bytes, limit);
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    return refuse([
      {
        where: '',
        message:
          'The formatted text in this file is nested too deeply (lists inside lists) for Viva to check it. Nothing was read.',
      },
    ]);
  }
}

/** Read a backup from text already decoded (a rolling backup read by the app itself). */
export function parseBackupText(text: string, limit = MAX_BACKUP_BYTES): BackupReadResult {
  // A UTF-16 length bounds the UTF-8 size from below, so this catches huge text cheaply.
  if (text.length > limit) return parseBackupBytes(new TextEncoder().encode(text), limit);
  const parsed = parseJsonSafely(text);
  if (!parsed.ok) return refuse([parsed.problem]);
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse([{ where: '', message: 'The file holds JSON, but not a Viva backup (it is not an object with a header).' }]);
  }
  const raw = value as Record<string, unknown>;
  if (raw['format'] !== BACKUP_FORMAT) {
    return refuse([{ where: 'format', message: `this is not a Viva backup: it should say "format": "${BACKUP_FORMAT}"` }]);
  }
  const migrated = migrateBackup(raw);
  if (!migrated.ok) return refuse([migrated.problem]);
  const notes = [...parsed.dropped, ...stripUnsafeLinks(migrated.file)];
  const checked = backupFileSchema.safeParse(migrated.file, { reportInput: true });
  if (!checked.success) return refuse(describeBackupIssues(checked.error.issues));
  const problems = [
    ...checkRichText(checked.data.stories, ['stories']),
    ...checkRichText(checked.data.critiques, ['critiques']),
    ...findDuplicateIds(checked.data),
  ];
  if (problems.length > 0) return refuse(problems);
  return { ok: true, file: checked.data, notes, fromVersion: migrated.from };
}
