/*
 * A dedicated worker that reads and checks a backup file off the main thread, so the window
 * stays responsive (and the progress visible) while a large library is parsed and validated.
 */
import { parseBackupBytes } from '../../shared/backup/parseBackup';

addEventListener('message', (event: MessageEvent<Uint8Array>) => {
  postMessage(parseBackupBytes(event.data));
});
