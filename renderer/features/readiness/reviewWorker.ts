/*
 * A dedicated worker that runs the review engine, so a story holding megabytes of text (an
 * imported one, say) never freezes the window while its findings are worked out.
 */
import type { Story } from '../../../shared/model/story';
import { reviewStory } from '../../../shared/review/reviewStory';

export interface ReviewRequest {
  id: number;
  story: Story;
  today: string;
  wordsPerMinute: number;
}

addEventListener('message', (event: MessageEvent<ReviewRequest>) => {
  const { id, story, today, wordsPerMinute } = event.data;
  postMessage({ id, findings: reviewStory(story, { today, wordsPerMinute }) });
});
