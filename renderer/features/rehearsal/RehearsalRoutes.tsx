/*
 * The rehearsal views, loaded on first visit so the run screen, the format editor and the deck
 * stay out of the app's start-up bundle.
 */
import { lazy, Suspense } from 'react';

const RehearseView = lazy(() => import('./RehearseView'));
const DeckView = lazy(() => import('./deck/DeckView').then((m) => ({ default: m.DeckView })));

const loading = <p className="library">Loading…</p>;

/** Choose a story and a format, then run (route "rehearse"). */
export function RehearseRoute({ storyId }: { storyId: string | null }) {
  return (
    <Suspense fallback={loading}>
      <RehearseView storyId={storyId} />
    </Suspense>
  );
}

/** The challenge deck (route "deck"). */
export function DeckRoute() {
  return (
    <Suspense fallback={loading}>
      <DeckView />
    </Suspense>
  );
}
