/*
 * Writes the heavy library into the app's own database (same origin as the app under bench),
 * through the app's repositories, so it is exactly what the app would have stored.
 */
import { newId } from '../../shared/model/ids';
import { getDatabase } from '../../renderer/data/database';
import { createSessionRepository } from '../../renderer/data/sessionRepository';
import { createStoryRepository } from '../../renderer/data/storyRepository';
import { markFailed, markReady } from './benchPage';
import { HEAVY_SESSION_COUNT, HEAVY_STORY_COUNT, heavySession, heavyStory } from './heavyLibrary';

async function seed(): Promise<void> {
  const db = getDatabase();
  const stories = createStoryRepository(db);
  const sessions = createSessionRepository(db);
  const now = Date.now();
  const ids: string[] = [];
  for (let i = 0; i < HEAVY_STORY_COUNT; i++) ids.push((await stories.insert(heavyStory(i, now))).id);
  const formatId = newId();
  for (let i = 0; i < HEAVY_SESSION_COUNT; i++) await sessions.save(heavySession(i, ids, formatId, now), null);
  document.body.dataset['storyIds'] = JSON.stringify(ids);
}

seed().then(markReady, markFailed);
