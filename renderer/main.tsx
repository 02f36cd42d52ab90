import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { getDatabase } from './data/database';
import { createFormatRepository } from './data/formatRepository';
import { createLibraryRepository } from './data/libraryRepository';
import { createPracticeRepository } from './data/practiceRepository';
import { createQuestionRepository } from './data/questionRepository';
import { createSessionRepository } from './data/sessionRepository';
import { createSettingsRepository } from './data/settingsRepository';
import { createStoryRepository } from './data/storyRepository';
import { createAppStore } from './store/createAppStore';
import { StoreProvider } from './store/StoreProvider';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';

const db = getDatabase();
const store = createAppStore({
  stories: createStoryRepository(db),
  settings: createSettingsRepository(db),
  practice: createPracticeRepository(db),
  library: createLibraryRepository(db),
  questions: createQuestionRepository(db),
  formats: createFormatRepository(db),
  sessions: createSessionRepository(db),
  clock: Date.now,
});

void store.getState().loadPreferences();
void store.getState().loadLibrary();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
createRoot(container).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
