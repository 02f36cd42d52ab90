/*
 * The challenge deck's text is not needed to draw the library, whose drill link only counts what
 * is due once the practice has been read from the database; so the deck loads with that read,
 * not in the start-up bundle. Fetched once for the app.
 */
import { useEffect, useState } from 'react';
import type * as Deck from '../../../shared/content/challengeDeck';

type ListDeck = typeof Deck.listDeck;

let loaded: ListDeck | null = null;
let loading: Promise<ListDeck> | null = null;

function loadDeck(): Promise<ListDeck> {
  loading ??= import('../../../shared/content/challengeDeck').then(
    (module) => (loaded = module.listDeck),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** `listDeck` once the deck has loaded (null until then), or the error that stopped it. */
export function useListDeck(): { listDeck: ListDeck | null; error: string | null } {
  const [listDeck, setListDeck] = useState<ListDeck | null>(() => loaded);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (listDeck) return;
    let isLive = true;
    loadDeck().then(
      (found) => isLive && setListDeck(() => found),
      () => isLive && setError('The challenge deck could not be loaded. Reload the app to try again.'),
    );
    return () => {
      isLive = false;
    };
  }, [listDeck]);
  return { listDeck, error };
}
