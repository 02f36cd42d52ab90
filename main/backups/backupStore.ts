/*
 * Rolling backups on disk: one JSON file per backup in the backups folder of the user-data
 * directory, written atomically, pruned to the retention policy after every write. Files are
 * addressed by name only, and only names this store lists can be read.
 */
import { lstat, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { checkLibraryBackupHeader } from '../../shared/backup/backupContent';
import { MAX_BACKUP_BYTES, tooLargeMessage } from '../../shared/backup/backupLimits';
import { decodeBackupBytes } from '../../shared/backup/decodeBackupBytes';
import { formatBackupName, parseBackupName, type BackupEntry } from '../../shared/backup/backupNames';
import { selectBackupsToKeep } from '../../shared/backup/backupRetention';
import { writeFileAtomic } from '../files/writeFileAtomic';
import { describeDiskError } from '../files/describeDiskError';
import { readFileBounded } from '../files/readFileBounded';

export interface BackupStoreOptions {
  dir: string;
  clock: () => number;
}

export function createBackupStore({ dir, clock }: BackupStoreOptions) {
  async function list(): Promise<BackupEntry[]> {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const entries: BackupEntry[] = [];
    for (const name of names) {
      const parsed = parseBackupName(name);
      if (!parsed) continue;
      // A file pruned or replaced between readdir and lstat is simply not listed; nor is a
      // link, which could point anywhere on the disk.
      const info = await lstat(join(dir, name)).catch(() => null);
      if (info?.isFile()) entries.push({ name, ...parsed, size: info.size });
    }
    return entries.sort((a, b) => b.createdAt - a.createdAt || b.name.localeCompare(a.name));
  }

  async function prune(): Promise<string[]> {
    const entries = await list();
    const keep = selectBackupsToKeep(entries, clock());
    const removed = entries.filter((entry) => !keep.has(entry.name)).map((entry) => entry.name);
    for (const name of removed) await rm(join(dir, name), { force: true });
    return removed;
  }

  return {
    list,
    prune,
    /**
     * Write a backup of the whole library (its header checked, its live stories counted by the
     * renderer), then drop the backups the policy no longer keeps.
     */
    async write(content: string, storyCount: number): Promise<BackupEntry> {
      checkLibraryBackupHeader(content);
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const taken = new Set((await list()).map((entry) => entry.name));
      // Two backups in the same millisecond get distinct names, one ms apart.
      let createdAt = clock();
      while (taken.has(formatBackupName(createdAt, storyCount))) createdAt++;
      const name = formatBackupName(createdAt, storyCount);
      try {
        await writeFileAtomic(join(dir, name), content);
      } catch (error) {
        throw new Error(describeDiskError(error, 'Viva could not write a backup'), { cause: error });
      }
      await prune();
      return { name, createdAt, storyCount, size: Buffer.byteLength(content) };
    },
    /**
     * The content of a backup this store lists (any other name is refused), read without ever
     * holding more than the backup limit and decoded as strict UTF-8.
     */
    async read(name: string): Promise<{ name: string; content: string }> {
      const entry = (await list()).find((candidate) => candidate.name === name);
      if (!entry) throw new Error(`There is no backup named “${name}”. It may have been removed as a newer one was kept.`);
      const read = await readFileBounded(join(dir, entry.name), MAX_BACKUP_BYTES);
      if (read.status === 'tooLarge')
        throw new Error(`The backup “${name}” cannot be read: ${tooLargeMessage(read.size, MAX_BACKUP_BYTES)}`);
      const decoded = decodeBackupBytes(read.bytes);
      if (!decoded.ok) {
        const where = decoded.problem.where ? ` (at ${decoded.problem.where})` : '';
        throw new Error(`The backup “${name}” cannot be read: ${decoded.problem.message}${where}`);
      }
      return { name, content: decoded.text };
    },
  };
}

export type BackupStore = ReturnType<typeof createBackupStore>;
