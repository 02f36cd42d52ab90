import { starStoriesOf } from '../model/starStory';
import type { Story } from '../model/story';

/** Keys whose string values are identifiers or settings, not words the user wrote. */
const NON_TEXT_KEYS = new Set([
  'id',
  'type',
  'kind',
  'status',
  'builtinKey',
  'href',
  'target',
  'rel',
  'class',
  'date',
  'horizon',
  'key',
  'marks',
  'attrs',
]);

function collect(value: unknown, out: string[]): void {
  if (typeof value === 'string') {
    if (value.trim() !== '') out.push(value);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out);
    return;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) if (!NON_TEXT_KEYS.has(key)) collect(inner, out);
  }
}

/**
 * Every piece of text the user wrote in a story (rich-text runs included), in document order.
 * The wording of built-in checklist items is the same in every story, so only the user's
 * evidence for them counts.
 */
export function storyTexts(story: Story): string[] {
  const out: string[] = [];
  const checklist = story.checklist.items.map((item) => (item.builtinKey === null ? item : { evidence: item.evidence }));
  collect(
    {
      title: story.title,
      fieldMap: story.fieldMap,
      families: story.families,
      bets: story.bets,
      contribution: story.contribution,
      checklist,
      limitations: story.limitations,
      outline: story.outline,
      starStories: starStoriesOf(story),
    },
    out,
  );
  return out;
}
