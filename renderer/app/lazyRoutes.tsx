/*
 * The places other than the library, loaded on first visit: the library is what the app opens
 * on, so the editor (Tiptap), the sections and their guidance, the readiness review and the other
 * views stay out of the start-up bundle. The story view is fetched in an idle moment after
 * start, so opening a story never waits for the network-free but still measurable parse.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import type { SectionId } from '../../shared/model/sections';

const loadStoryView = () => import('../features/story/StoryView');
const StoryView = lazy(() => loadStoryView().then((m) => ({ default: m.StoryView })));
const CritiqueView = lazy(() => import('../features/critique/CritiqueView'));
const ReadinessView = lazy(() => import('../features/readiness/ReadinessView').then((m) => ({ default: m.ReadinessView })));
const CueCardsView = lazy(() => import('../features/cueCards/CueCardsView').then((m) => ({ default: m.CueCardsView })));
const DrillsView = lazy(() => import('../features/drills/DrillsView').then((m) => ({ default: m.DrillsView })));
const TrashView = lazy(() => import('../features/trash/TrashView').then((m) => ({ default: m.TrashView })));
const PreferencesView = lazy(() =>
  import('../features/preferences/PreferencesView').then((m) => ({ default: m.PreferencesView })),
);
const BackupsView = lazy(() => import('../features/backups/BackupsView').then((m) => ({ default: m.BackupsView })));

function Loading({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <p className="library" role="status">
          Loading…
        </p>
      }
    >
      {children}
    </Suspense>
  );
}

/** Start fetching the story view once the app is idle, so the first story opens at once. */
export function prefetchStoryView(): void {
  // Only in a built app: in component tests the fetch would outlive the test's environment.
  if (!import.meta.env.PROD) return;
  const fetchIt = () => void loadStoryView();
  if ('requestIdleCallback' in window) window.requestIdleCallback(fetchIt, { timeout: 2000 });
  else setTimeout(fetchIt, 500);
}

export function StoryRoute({ storyId, section }: { storyId: string; section: SectionId }) {
  return (
    <Loading>
      <StoryView storyId={storyId} section={section} />
    </Loading>
  );
}

export function CritiqueRoute({ critiqueId }: { critiqueId: string }) {
  return (
    <Loading>
      <CritiqueView critiqueId={critiqueId} />
    </Loading>
  );
}

export function ReadinessRoute({ storyId }: { storyId: string }) {
  return (
    <Loading>
      <ReadinessView storyId={storyId} />
    </Loading>
  );
}

export function CueCardsRoute({ storyId }: { storyId: string }) {
  return (
    <Loading>
      <CueCardsView storyId={storyId} />
    </Loading>
  );
}

export function DrillsRoute() {
  return (
    <Loading>
      <DrillsView />
    </Loading>
  );
}

export function TrashRoute() {
  return (
    <Loading>
      <TrashView />
    </Loading>
  );
}

export function PreferencesRoute() {
  return (
    <Loading>
      <PreferencesView />
    </Loading>
  );
}

export function BackupsRoute() {
  return (
    <Loading>
      <BackupsView />
    </Loading>
  );
}
