/*
 * Rolling backups for the browser build: the same contract as the desktop's backups folder,
 * kept in an IndexedDB database of their own ("viva-backups", apart from the library's). They
 * survive a bad import or restore and make the restore flow testable in a plain browser; they
 * do not survive the browser clearing the site's storage, which only the desktop's files do.
 */
import { describeLibraryBackup } from '../../shared/backup/backupContent';
import { formatBackupName, type BackupEntry } from '../../shared/backup/backupNames';
import { selectBackupsToKeep } from '../../shared/backup/backupRetention';

export const BROWSER_BACKUP_DATABASE = 'viva-backups';
const ENTRIES = 'entries';
const CONTENTS = 'contents';

function asPromise<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('The browser refused to read or write its backups.'));
  });
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('The browser could not store the backup.'));
    transaction.onabort = () => reject(transaction.error ?? new Error('The browser could not store the backup.'));
  });
}

function open(name: string): Promise<IDBDatabase> {
  const request = indexedDB.open(name, 1);
  // Entries (small) are kept apart from contents (large) so listing never loads a backup.
  request.onupgradeneeded = () => {
    request.result.createObjectStore(ENTRIES, { keyPath: 'name' });
    request.result.createObjectStore(CONTENTS);
  };
  return asPromise(request);
}

/** The browser's backup store, with the clock (and, for tests, the database name) injected. */
export function createBrowserBackupStore(clock: () => number = Date.now, name = BROWSER_BACKUP_DATABASE) {
  let connection: Promise<IDBDatabase> | null = null;
  const db = () => (connection ??= open(name));

  async function list(): Promise<BackupEntry[]> {
    const entries = await asPromise((await db()).transaction(ENTRIES).objectStore(ENTRIES).getAll() as IDBRequest<BackupEntry[]>);
    return entries.sort((a, b) => b.createdAt - a.createdAt || b.name.localeCompare(a.name));
  }

  return {
    list,
    async write(content: string): Promise<BackupEntry> {
      const { storyCount } = describeLibraryBackup(content);
      const existing = await list();
      const taken = new Set(existing.map((entry) => entry.name));
      let createdAt = clock();
      while (taken.has(formatBackupName(createdAt, storyCount))) createdAt++;
      const entry: BackupEntry = {
        name: formatBackupName(createdAt, storyCount),
        createdAt,
        storyCount,
        size: new Blob([content]).size,
      };
      const keep = selectBackupsToKeep([...existing, entry], clock());
      const transaction = (await db()).transaction([ENTRIES, CONTENTS], 'readwrite');
      transaction.objectStore(ENTRIES).put(entry);
      transaction.objectStore(CONTENTS).put(content, entry.name);
      // Pruned in the same transaction: the new backup and the pruning land together or not at all.
      for (const old of existing.filter((candidate) => !keep.has(candidate.name))) {
        transaction.objectStore(ENTRIES).delete(old.name);
        transaction.objectStore(CONTENTS).delete(old.name);
      }
      await done(transaction);
      return entry;
    },
    async read(name: string): Promise<{ name: string; content: string }> {
      const request = (await db()).transaction(CONTENTS).objectStore(CONTENTS).get(name) as IDBRequest<string | undefined>;
      const content = await asPromise(request);
      if (content === undefined)
        throw new Error(`There is no backup named “${name}”. It may have been removed as a newer one was kept.`);
      return { name, content };
    },
  };
}
