import { DeckImportError } from './deckSlides';

/** A text deck's bytes as text: strict UTF-8 (a byte-order mark dropped), or a sentence saying it is not. */
export function deckText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DeckImportError('This file is not UTF-8 text, so it is not a markdown or LaTeX deck Viva can read.');
  }
}
