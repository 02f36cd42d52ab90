/*
 * The review and history views, loaded on first visit so uPlot and the review code stay out of
 * the app's start-up bundle.
 */
import { lazy, Suspense } from 'react';

const SessionReviewView = lazy(() => import('./SessionReviewView').then((m) => ({ default: m.SessionReviewView })));
const HistoryView = lazy(() => import('../history/HistoryView').then((m) => ({ default: m.HistoryView })));

const loading = <p className="library">Loading…</p>;

/** The review of one rehearsal (route "session"). */
export function SessionReviewRoute({ sessionId }: { sessionId: string }) {
  return (
    <Suspense fallback={loading}>
      <SessionReviewView sessionId={sessionId} />
    </Suspense>
  );
}

/** Past rehearsals by format (route "history"). */
export function HistoryRoute() {
  return (
    <Suspense fallback={loading}>
      <HistoryView />
    </Suspense>
  );
}
