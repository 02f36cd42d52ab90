import { useEffect } from 'react';
import { NewStoryDialog } from '../features/library/NewStoryDialog';
import { RestoreOfferDialog } from '../features/backups/RestoreOfferDialog';
import { LibraryView } from '../features/library/LibraryView';
import { NoticeArea } from '../features/notices/NoticeArea';
import { ExchangeDialogs } from '../features/exchange/ExchangeDialogs';
import { DeckRoute, RehearseRoute } from '../features/rehearsal/RehearsalRoutes';
import { HistoryRoute, SessionReviewRoute } from '../features/rehearsal/review/ReviewRoutes';
import { ShortcutSheet } from '../features/shortcuts/ShortcutSheet';
import { APP_COMMANDS } from '../commands/appCommands';
import { useGlobalShortcuts } from '../commands/useGlobalShortcuts';
import { useMenuCommands } from '../commands/useMenuCommands';
import { useAppStoreApi } from '../store/StoreProvider';
import {
  BackupsRoute,
  CritiqueRoute,
  CueCardsRoute,
  DrillsRoute,
  prefetchStoryView,
  PreferencesRoute,
  ReadinessRoute,
  StoryRoute,
  TrashRoute,
} from './lazyRoutes';
import { TopBar } from './TopBar';
import { usePlaceTitle } from './usePlaceTitle';
import { useRoute } from '../navigation/useRoute';
import { useRouteFocus } from './useRouteFocus';
import { useTheme } from './useTheme';

/** The app shell: top bar, the current place, and the app-level dialogs. */
export function App() {
  const route = useRoute();
  const store = useAppStoreApi();
  useGlobalShortcuts({ store, route });
  useMenuCommands({ store, route });
  useTheme();
  usePlaceTitle(route);
  useRouteFocus(route);
  useEffect(prefetchStoryView, []);

  return (
    <>
      {/* Routes live in the hash, so following href="#main" would open the library: move focus instead. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <TopBar route={route} />
      <main id="main" tabIndex={-1}>
        {route.name === 'library' && <LibraryView />}
        {route.name === 'story' && <StoryRoute key={route.storyId} storyId={route.storyId} section={route.section} />}
        {route.name === 'critique' && <CritiqueRoute key={route.critiqueId} critiqueId={route.critiqueId} />}
        {route.name === 'readiness' && <ReadinessRoute key={route.storyId} storyId={route.storyId} />}
        {route.name === 'cueCards' && <CueCardsRoute key={route.storyId} storyId={route.storyId} />}
        {route.name === 'drills' && <DrillsRoute />}
        {route.name === 'trash' && <TrashRoute />}
        {route.name === 'preferences' && <PreferencesRoute />}
        {route.name === 'backups' && <BackupsRoute />}
        {route.name === 'session' && <SessionReviewRoute key={route.sessionId} sessionId={route.sessionId} />}
        {route.name === 'history' && <HistoryRoute />}
        {route.name === 'rehearse' && <RehearseRoute key={route.storyId ?? ''} storyId={route.storyId} />}
        {route.name === 'deck' && <DeckRoute />}
      </main>
      <NewStoryDialog />
      <RestoreOfferDialog />
      <ShortcutSheet commands={APP_COMMANDS} />
      <ExchangeDialogs />
      <NoticeArea />
    </>
  );
}
