import type { SettingsRepository } from '../data/settingsRepository';
import type { StoryRepository } from '../data/storyRepository';

/** What the store's actions reach out to: repositories and the clock, injected for tests. */
export interface Services {
  stories: StoryRepository;
  settings: SettingsRepository;
  clock: () => number;
}
