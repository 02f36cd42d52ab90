import { newStory, type Story } from '../../../shared/model/story';
import type { Rule, RuleHit } from '../../../shared/review/finding';
import { REVIEW_CONFIG } from '../../../shared/review/reviewConfig';

/** The hits of one rule on a story, judged on 2026-03-01 at 140 words a minute. */
export function runRule(rule: Rule, story: Story, today = '2026-03-01'): RuleHit[] {
  return rule.check(story, { config: REVIEW_CONFIG, today, wordsPerMinute: 140 });
}

/** A blank story with some of its parts replaced. */
export function storyWith(parts: Partial<Story>): Story {
  return { ...newStory('Test story', Date.UTC(2026, 2, 1)), ...parts };
}
