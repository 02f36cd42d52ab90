/*
 * The malformed-deck corpus: each file is refused with its own sentence before anything is
 * written (the import writes only from a deck read in full), and reading never throws anything
 * but that sentence.
 */
import { describe, expect, it } from 'vitest';
import { deckOutline } from '../../../shared/import/deckOutline';
import { DeckImportError } from '../../../shared/import/deckSlides';
import { readDeck } from '../../../shared/import/readDeck';
import { BAD_DECKS } from './badDeckCorpus';

describe('decks Viva refuses', () => {
  it.each(BAD_DECKS.map((bad) => [bad.name, bad] as const))(
    'refuses %s with a specific sentence',
    async (_name, bad) => {
      const refusal = await readDeck(bad.fileName, await bad.bytes())
        .then((deck) => deckOutline(deck, { fileName: bad.fileName }))
        .then(
          () => null,
          (error: unknown) => error,
        );
      expect(refusal).toBeInstanceOf(DeckImportError);
      expect((refusal as Error).message).toMatch(bad.message);
    },
    30_000,
  );

  it('gives every bad file a different sentence', () => {
    expect(new Set(BAD_DECKS.map((bad) => bad.message.source)).size).toBe(BAD_DECKS.length);
  });
});
