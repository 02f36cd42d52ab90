import { NewStoryDialog } from '../features/library/NewStoryDialog';
import { BackupsView } from '../features/backups/BackupsView';
import { RestoreOfferDialog } from '../features/backups/RestoreOfferDialog';
import { LibraryView } from '../features/library/LibraryView';
import { NoticeArea } from '../features/notices/NoticeArea';
import { DrillsView } from '../features/drills/DrillsView';
import { ExchangeDialogs } from '../features/exchange/ExchangeDialogs';
import { PreferencesView } from '../features/preferences/PreferencesView';
import { DeckRoute, RehearseRoute } from '../features/rehearsal/RehearsalRoutes';
import { HistoryRoute, SessionReviewRoute } from '../features/rehearsal/review/ReviewRoutes';
import { ReadinessView } from '../features/readiness/ReadinessView';
import { ShortcutSheet } from '../features/shortcuts/ShortcutSheet';
import { useGlobalShortcuts } from '../features/shortcuts/useGlobalShortcuts';
import { useMenuCommands } from '../features/shortcuts/useMenuCommands';
import { StoryView } from '../features/story/StoryView';
import { TrashView } from '../features/trash/TrashView';
import { useAppStoreApi } from '../store/StoreProvider';
import { TopBar } from './TopBar';
import { useRoute } from './useRoute';
import { useTheme } from './useTheme';

/** The app shell: top bar, the current place, and the app-level dialogs. */
export function App() {
  const route = useRoute();
  const store = useAppStoreApi();
  useGlobalShortcuts({ store, route });
  useMenuCommands({ store, route });
  useTheme();

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <TopBar route={route} />
      <main id="main" tabIndex={-1}>
        {route.name === 'library' && <LibraryView />}
        {route.name === 'story' && <StoryView key={route.storyId} storyId={route.storyId} section={route.section} />}
        {route.name === 'readiness' && <ReadinessView key={route.storyId} storyId={route.storyId} />}
        {route.name === 'drills' && <DrillsView />}
        {route.name === 'trash' && <TrashView />}
        {route.name === 'preferences' && <PreferencesView />}
        {route.name === 'backups' && <BackupsView />}
        {route.name === 'session' && <SessionReviewRoute key={route.sessionId} sessionId={route.sessionId} />}
        {route.name === 'history' && <HistoryRoute />}
        {route.name === 'rehearse' && <RehearseRoute key={route.storyId ?? ''} storyId={route.storyId} />}
        {route.name === 'deck' && <DeckRoute />}
      </main>
      <NewStoryDialog />
      <RestoreOfferDialog />
      <ShortcutSheet />
      <ExchangeDialogs />
      <NoticeArea />
    </>
  );
}
