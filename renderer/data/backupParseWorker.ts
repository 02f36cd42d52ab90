/*
 * A dedicated worker that reads files off the main thread, so the window stays responsive (and
 * the progress visible) while they are parsed and checked: backup files (the message is the
 * file's bytes) and slide decks (a `deck` message, answered with progress, then the read deck).
 */
import { readBackupBytes } from '../../shared/backup/parseBackup';
import type { DeckWorkerReply, DeckWorkerRequest } from './deckWorkerMessages';
import { readDeckResult } from './readDeckResult';

// A RangeError (text nested deeper than this worker's smaller stack can check) escapes as an
// error event, and parseBackupOffThread reads the file again in the window.
addEventListener('message', (event: MessageEvent<Uint8Array | DeckWorkerRequest>) => {
  const data = event.data;
  if (data instanceof Uint8Array) {
    postMessage(readBackupBytes(data));
    return;
  }
  const reply = (message: DeckWorkerReply) => postMessage(message);
  void readDeckResult(data.fileName, data.bytes, (done, total) => reply({ type: 'progress', done, total })).then((result) =>
    reply({ type: 'result', result }),
  );
});
