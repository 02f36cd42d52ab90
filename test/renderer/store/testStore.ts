import { createBrowserBackupStore } from '../../../renderer/bridge/browserBackupStore';
import { createBackupRepository } from '../../../renderer/data/backupRepository';
import { VivaDatabase } from '../../../renderer/data/database';
import { createCritiqueRepository } from '../../../renderer/data/critiqueRepository';
import { createFormatRepository } from '../../../renderer/data/formatRepository';
import { createLibraryRepository } from '../../../renderer/data/libraryRepository';
import { createPracticeRepository } from '../../../renderer/data/practiceRepository';
import { createQuestionRepository } from '../../../renderer/data/questionRepository';
import { restoreLibrary } from '../../../renderer/data/restoreLibrary';
import { createSessionRepository } from '../../../renderer/data/sessionRepository';
import { createSettingsRepository } from '../../../renderer/data/settingsRepository';
import { createStoryRepository } from '../../../renderer/data/storyRepository';
import { createAppStore } from '../../../renderer/store/createAppStore';
import type { Services } from '../../../renderer/store/services';

/** A store over a fresh in-memory database, with a clock the test controls. */
export async function createTestStore(name = `test-${crypto.randomUUID()}`, overrides: Partial<Services> = {}) {
  const db = new VivaDatabase(name);
  await db.open();
  const time = { now: 1_700_000_000_000 };
  const clock = () => time.now;
  const services: Services = {
    stories: createStoryRepository(db, clock),
    critiques: createCritiqueRepository(db, clock),
    settings: createSettingsRepository(db),
    practice: createPracticeRepository(db),
    library: createLibraryRepository(db),
    questions: createQuestionRepository(db, clock),
    formats: createFormatRepository(db),
    sessions: createSessionRepository(db),
    // Backups in a database of their own, as the browser build keeps them.
    backups: {
      ...createBrowserBackupStore(clock, `backups-${name}`),
      appVersion: '0.0.0-test',
      settle: async (requestId: number) => ({ requestId }),
      restore: (file) => restoreLibrary(db, file),
    },
    backupFiles: createBackupRepository(db, clock),
    // No Web Audio in happy-dom: tests that open a recording's review stand in their own analyser.
    analyseRecording: async () => {
      throw new Error('no delivery analyser in this test');
    },
    clock,
    ...overrides,
  };
  return { db, time, services, store: createAppStore(services) };
}
