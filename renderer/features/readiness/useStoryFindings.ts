import { useEffect, useState } from 'react';
import type { Story } from '../../../shared/model/story';
import type { Finding } from '../../../shared/review/finding';
import { localDate } from '../../../shared/text/formatRelativeTime';
import { useApp } from '../../store/StoreProvider';
import { reviewOffThread } from './reviewOffThread';

/**
 * The findings of the review engine on a story, or null until the first run. The store's story
 * changes when an edit is saved (a pause in typing), never per keystroke, and the engine runs in
 * a worker (or, without one, in an idle moment), so reviewing never delays a key press.
 */
export function useStoryFindings(story: Story | null): Finding[] | null {
  const wordsPerMinute = useApp((s) => s.preferences.wordsPerMinute);
  const [result, setResult] = useState<{ story: Story; findings: Finding[] } | null>(null);
  useEffect(() => {
    if (!story) return;
    let isCurrent = true;
    void reviewOffThread(story, { today: localDate(Date.now()), wordsPerMinute }).then((findings) => {
      if (isCurrent) setResult({ story, findings });
    });
    return () => {
      isCurrent = false;
    };
  }, [story, wordsPerMinute]);
  // Findings of another story (just switched) are not shown, not even for a frame.
  return result && story && result.story.id === story.id ? result.findings : null;
}
