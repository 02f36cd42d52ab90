import type { LibraryRepository } from '../data/libraryRepository';
import type { PracticeRepository } from '../data/practiceRepository';
import type { SettingsRepository } from '../data/settingsRepository';
import type { StoryRepository } from '../data/storyRepository';

/** What the store's actions reach out to: repositories and the clock, injected for tests. */
export interface Services {
  stories: StoryRepository;
  settings: SettingsRepository;
  practice: PracticeRepository;
  library: LibraryRepository;
  clock: () => number;
}
