/*
 * The challenge deck's text is not needed to draw the library, whose drill link only counts what
 * is due once the practice has been read from the database; so the deck loads with that read,
 * not in the start-up bundle. Fetched once for the app.
 */
import type * as Deck from '../../../shared/content/challengeDeck';
import { loadOnce, useLoaded } from '../../platform/loadOnce';

type ListDeck = typeof Deck.listDeck;

const deck = loadOnce<ListDeck>(() => import('../../../shared/content/challengeDeck').then((m) => m.listDeck));

/** `listDeck` once the deck has loaded (null until then), or the error that stopped it. */
export function useListDeck(): { listDeck: ListDeck | null; error: string | null } {
  const { value, failed } = useLoaded(deck);
  return { listDeck: value, error: failed ? 'The challenge deck could not be loaded. Reload the app to try again.' : null };
}
