import type { DeckRead } from '../../shared/import/deckSlides';

/** What reading a deck gave: the deck, or the sentence saying why it cannot be imported. */
export type DeckReadResult = { ok: true; deck: DeckRead } | { ok: false; message: string };

/** A deck to read, sent to the file worker. */
export interface DeckWorkerRequest {
  type: 'deck';
  fileName: string;
  bytes: Uint8Array;
}

/** The worker's answers: progress (slides read of all), then the result. */
export type DeckWorkerReply = { type: 'progress'; done: number; total: number } | { type: 'result'; result: DeckReadResult };
