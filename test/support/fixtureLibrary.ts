import type { VivaDatabase } from '../../renderer/data/database';
import { createSettingsRepository } from '../../renderer/data/settingsRepository';
import { createStoryRepository } from '../../renderer/data/storyRepository';
import { docFromText } from '../../shared/model/richText';

/** A small but varied library, as a user of the current version would have it. */
export async function fixtureLibrary(db: VivaDatabase): Promise<void> {
  let now = Date.UTC(2026, 10, 1);
  const stories = createStoryRepository(db, () => now++);
  const settings = createSettingsRepository(db);
  const blank = await stories.create('Blank story');
  const filled = await stories.create('Filled story', 'thesisDefense');
  await stories.save({
    ...filled,
    fieldMap: {
      ...filled.fieldMap,
      broadField: 'Machine learning',
      subArea: 'Retrieval for long-context QA',
      coreTask: docFromText('Answer questions over 100k-token documents.'),
    },
  });
  await stories.trash(blank.id);
  await settings.setPreferences({ theme: 'dark', wordsPerMinute: 150 });
  await settings.setFlag('sampleSeeded', true);
}
