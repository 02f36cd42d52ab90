import { DeckImportError, type DeckProgress } from '../../shared/import/deckSlides';
import { readDeck } from '../../shared/import/readDeck';
import type { DeckReadResult } from './deckWorkerMessages';

/** Reads a deck; a refusal or any failure comes back as the sentence to show, never as a throw. */
export async function readDeckResult(fileName: string, bytes: Uint8Array, progress?: DeckProgress): Promise<DeckReadResult> {
  try {
    return { ok: true, deck: await readDeck(fileName, bytes, progress) };
  } catch (error) {
    if (error instanceof DeckImportError) return { ok: false, message: error.message };
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      message: `Viva could not read this deck (${detail.slice(0, 200)}). Save it again from its slide tool and import the new copy.`,
    };
  }
}
