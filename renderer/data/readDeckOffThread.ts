import type { DeckProgress } from '../../shared/import/deckSlides';
import { MAX_DECK_BYTES } from '../../shared/import/pptx/deckLimits';
import type { DeckReadResult, DeckWorkerReply, DeckWorkerRequest } from './deckWorkerMessages';

/** The read on this thread, its readers (JSZip, markdown-it) loaded only then. */
async function readHere(fileName: string, bytes: Uint8Array, progress?: DeckProgress): Promise<DeckReadResult> {
  const { readDeckResult } = await import('./readDeckResult');
  return readDeckResult(fileName, bytes, progress);
}

/**
 * Read a slide deck in the worker that reads backups, with progress; where workers are
 * unavailable (tests) or the worker cannot start, on this thread instead: same function, same result.
 */
export function readDeckOffThread(fileName: string, bytes: Uint8Array, progress?: DeckProgress): Promise<DeckReadResult> {
  // Too large: refused at once from its size alone, without starting a worker or copying bytes.
  if (typeof Worker === 'undefined' || bytes.byteLength > MAX_DECK_BYTES) return readHere(fileName, bytes, progress);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./backupParseWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(readHere(fileName, bytes, progress));
      return;
    }
    worker.addEventListener('message', (event: MessageEvent<DeckWorkerReply>) => {
      if (event.data.type === 'progress') {
        progress?.(event.data.done, event.data.total);
        return;
      }
      worker.terminate();
      resolve(event.data.result);
    });
    const onThisThread = (event: Event) => {
      event.preventDefault();
      worker.terminate();
      resolve(readHere(fileName, bytes, progress));
    };
    worker.addEventListener('error', onThisThread);
    worker.addEventListener('messageerror', onThisThread);
    const request: DeckWorkerRequest = { type: 'deck', fileName, bytes };
    worker.postMessage(request);
  });
}
