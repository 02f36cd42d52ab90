import { useEffect } from 'react';
import type { Story } from '../../../shared/model/story';
import { parseRoute } from '../../navigation/route';
import { useApp } from '../../store/StoreProvider';

/**
 * Keeps a story open while a view of it other than the workspace (its review, its cue cards) is
 * shown (the workspace may be closing it as we arrive), and closes it on leaving, unless for the
 * story itself (a finding's link), which keeps it open.
 */
export function useOpenStory(storyId: string): Story | null {
  const story = useApp((s) => (s.story?.id === storyId ? s.story : null));
  const status = useApp((s) => s.storyStatus);
  const openStory = useApp((s) => s.openStory);
  const closeStory = useApp((s) => s.closeStory);
  const isOtherOpen = useApp((s) => s.story !== null && s.story.id !== storyId);
  useEffect(() => {
    if (status === 'idle' || isOtherOpen) void openStory(storyId);
  }, [status, isOtherOpen, storyId, openStory]);
  useEffect(
    () => () => {
      // By now the location already names where the user went.
      const next = parseRoute(window.location.hash);
      if (next.name !== 'story' || next.storyId !== storyId) void closeStory();
    },
    [storyId, closeStory],
  );
  return story;
}
