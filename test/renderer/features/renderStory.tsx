import { render, screen } from '@testing-library/react';
import { App } from '../../../renderer/app/App';
import { StoreProvider } from '../../../renderer/store/StoreProvider';
import type { SectionId } from '../../../shared/model/sections';
import { createTestStore } from '../store/testStore';

/** Render the app on a new story's section, with a fresh store and database. */
export async function renderStory(section: SectionId, title = 'Test story') {
  const setup = await createTestStore();
  const storyId = await setup.store.getState().createStory(title);
  window.location.hash = `#/story/${storyId}/${section}`;
  render(
    <StoreProvider store={setup.store}>
      <App />
    </StoreProvider>,
  );
  await screen.findByLabelText('Story title');
  /** The story as stored, after saving whatever is pending. */
  const stored = async () => {
    await setup.store.getState().flushSave();
    const story = await setup.db.stories.get(storyId);
    if (!story) throw new Error('story vanished');
    return story;
  };
  return { ...setup, storyId, stored };
}
