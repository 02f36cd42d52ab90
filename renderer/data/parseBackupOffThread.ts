import { MAX_BACKUP_BYTES } from '../../shared/backup/backupLimits';
import type { BackupReadResult } from '../../shared/backup/parseBackup';

/**
 * The parser on this thread, loaded only when needed: with its rich-text check it brings
 * prosemirror-model, which the library screen would otherwise load at start-up.
 */
async function parseBackupBytes(bytes: Uint8Array): Promise<BackupReadResult> {
  const { parseBackupBytes: parse } = await import('../../shared/backup/parseBackup');
  return parse(bytes);
}

/**
 * Read and check a backup file in a worker; where workers are unavailable (tests) or the worker
 * cannot start, on this thread instead: same function, same result.
 */
export function parseBackupOffThread(bytes: Uint8Array): Promise<BackupReadResult> {
  // Too large: refused at once from its size alone, without starting a worker or copying bytes.
  if (typeof Worker === 'undefined' || bytes.byteLength > MAX_BACKUP_BYTES) return parseBackupBytes(bytes);
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
