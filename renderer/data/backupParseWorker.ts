/*
 * A dedicated worker that reads and checks a backup file off the main thread, so the window
 * stays responsive (and the progress visible) while a large library is parsed and validated.
 */
import { readBackupBytes } from '../../shared/backup/parseBackup';

// A RangeError (text nested deeper than this worker's smaller stack can check) escapes as an
// error event, and parseBackupOffThread reads the file again in the window.
addEventListener('message', (event: MessageEvent<Uint8Array>) => {
  postMessage(readBackupBytes(event.data));
});
