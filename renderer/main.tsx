import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { listBackups, onBackupDue, readBackup, settleBackupRequest, writeBackup } from './bridge/bridge';
import { createBackupRepository } from './data/backupRepository';
import { getDatabase } from './data/database';
import { createCritiqueRepository } from './data/critiqueRepository';
import { createFormatRepository } from './data/formatRepository';
import { createLibraryRepository } from './data/libraryRepository';
import { createPracticeRepository } from './data/practiceRepository';
import { createQuestionRepository } from './data/questionRepository';
import { restoreLibrary } from './data/restoreLibrary';
import { createSessionRepository } from './data/sessionRepository';
import { createSettingsRepository } from './data/settingsRepository';
import { createDocumentLocks } from './data/documentLocks';
import { createStoryRepository } from './data/storyRepository';
import { createAppStore } from './store/createAppStore';
import { StoreProvider } from './store/StoreProvider';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/pages.css';

const db = getDatabase();
const store = createAppStore({
  stories: createStoryRepository(db),
  critiques: createCritiqueRepository(db),
  settings: createSettingsRepository(db),
  practice: createPracticeRepository(db),
  library: createLibraryRepository(db),
  questions: createQuestionRepository(db),
  formats: createFormatRepository(db),
  sessions: createSessionRepository(db),
  backups: {
    appVersion: __APP_VERSION__,
    write: writeBackup,
    list: listBackups,
    read: readBackup,
    settle: settleBackupRequest,
    restore: (file) => restoreLibrary(db, file),
  },
  backupFiles: createBackupRepository(db),
  // Loaded with the first review of a recording: the decoder here, the analysis in its worker.
  analyseRecording: (blob, markers, onProgress) =>
    import('./features/rehearsal/delivery/analyseRecording').then((m) => m.analyseRecording(blob, markers, onProgress)),
  clock: Date.now,
  locks: createDocumentLocks(),
});

void store.getState().loadPreferences();
// An empty or unreadable library with backups on disk gets an offer to restore the newest.
// On first launch the sample story goes in before the library is read, so it is there at once.
// Housekeeping waits until the library is on screen, so it does not compete with it for IndexedDB.
void store
  .getState()
  .seedSampleOnce()
  .then(() => store.getState().refreshLibrary())
  .finally(() => {
    void store.getState().checkRestoreOffer();
    // Stories in the trash longer than 30 days are deleted for good at start, not only when the trash is opened.
    void store.getState().loadTrash();
    // Ask the browser not to evict the library when the disk runs low.
    void store.getState().requestStoragePersistence();
    // Rolling backups follow the user's changes (soon after the first, then every few minutes
    // while they go on, and when the window hides); seeding the sample story is not one of them.
    store.getState().startRollingBackups();
  });
onBackupDue(({ requestId }) => void store.getState().answerBackupDue(requestId));

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
createRoot(container).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
