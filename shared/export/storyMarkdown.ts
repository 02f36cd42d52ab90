import { EVENT_KIND_LABELS } from '../model/event';
import type { Story } from '../model/story';
import { heading, joinBlocks } from './markdownBlocks';
import { escapeInline } from './escapeMarkdown';
import {
  betsMarkdown,
  checklistMarkdown,
  contributionMarkdown,
  familiesMarkdown,
  fieldMapMarkdown,
  limitationsMarkdown,
  outlineMarkdown,
} from './storySectionsMarkdown';

/**
 * The story as one GitHub-flavoured markdown document: the title, what it prepares for, then a
 * section per template. Deterministic: the same story always gives the same bytes.
 */
export function storyMarkdown(story: Story): string {
  const event = `${EVENT_KIND_LABELS[story.event.kind]}${story.event.date ? `, ${story.event.date}` : ''}`;
  const body = joinBlocks([
    heading(1, story.title),
    `*Prepared for: ${escapeInline(event)}*`,
    fieldMapMarkdown(story),
    familiesMarkdown(story),
    betsMarkdown(story),
    contributionMarkdown(story),
    checklistMarkdown(story),
    limitationsMarkdown(story),
    outlineMarkdown(story),
  ]);
  return `${body}\n`;
}
