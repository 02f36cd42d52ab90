import { MAX_BACKUP_BYTES } from '../../shared/backup/backupLimits';
import { parseBackupBytes, type BackupReadResult } from '../../shared/backup/parseBackup';

/**
 * Read and check a backup file in a worker; where workers are unavailable (tests) or the worker
 * cannot start, on this thread instead: same function, same result.
 */
export function parseBackupOffThread(bytes: Uint8Array): Promise<BackupReadResult> {
  // Too large: refused at once from its size alone, without starting a worker or copying bytes.
  if (typeof Worker === 'undefined' || bytes.byteLength > MAX_BACKUP_BYTES) return Promise.resolve(parseBackupBytes(bytes));
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./backupParseWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(parseBackupBytes(bytes));
      return;
    }
    worker.addEventListener('message', (event: MessageEvent<BackupReadResult>) => {
      worker.terminate();
      resolve(event.data);
    });
    const onThisThread = (event: Event) => {
      event.preventDefault();
      worker.terminate();
      resolve(parseBackupBytes(bytes));
    };
    worker.addEventListener('error', onThisThread);
    // A result too deep to copy back arrives as a messageerror.
    worker.addEventListener('messageerror', onThisThread);
    // A copy, not a transfer: the fallback above may still need the bytes.
    worker.postMessage(bytes);
  });
}
