import { useEffect, useState } from 'react';
import type { Story } from '../../../shared/model/story';
import type { Finding } from '../../../shared/review/finding';
import { reviewStory } from '../../../shared/review/reviewStory';
import { localDate } from '../../../shared/text/formatRelativeTime';
import { useApp } from '../../store/StoreProvider';

/** Run `work` when the browser is idle (or within `timeout` ms at the latest); returns a cancel. */
function whenIdle(work: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 0);
  return () => clearTimeout(handle);
}

/**
 * The findings of the review engine on a story, or null until the first run. The store's story
 * changes when an edit is saved (a pause in typing), never per keystroke, and the engine runs in
 * an idle moment after that, so reviewing never delays a key press.
 */
export function useStoryFindings(story: Story | null): Finding[] | null {
  const wordsPerMinute = useApp((s) => s.preferences.wordsPerMinute);
  const [result, setResult] = useState<{ story: Story; findings: Finding[] } | null>(null);
  useEffect(() => {
    if (!story) return;
    return whenIdle(() => {
      setResult({ story, findings: reviewStory(story, { today: localDate(Date.now()), wordsPerMinute }) });
    }, 500);
  }, [story, wordsPerMinute]);
  // Findings of another story (just switched) are not shown, not even for a frame.
  return result && story && result.story.id === story.id ? result.findings : null;
}
