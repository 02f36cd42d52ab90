import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { sampleStory } from '../../../shared/content/sample/sampleStory';
import { storyMarkdown } from '../../../shared/export/storyMarkdown';
import { plainText, type RichText } from '../../../shared/model/richText';

/** Fields that are not the user's prose: ids, enums, and what the document deliberately leaves out. */
const SKIPPED = new Set(['id', 'kind', 'status', 'builtinKey', 'questions', 'dismissed', 'type', 'date']);

/** Every piece of text the user wrote in a story, rich text as plain text. */
function userTexts(value: unknown, key = ''): string[] {
  if (SKIPPED.has(key)) return [];
  if (typeof value === 'string') return value.trim() === '' ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => userTexts(item));
  if (typeof value !== 'object' || value === null) return [];
  if ((value as { type?: unknown }).type === 'doc') return [plainText(value as RichText)];
  return Object.entries(value).flatMap(([k, inner]) => userTexts(inner, k));
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('storyMarkdown of the sample story', () => {
  it('holds every piece of text the user wrote, as a reader sees it', () => {
    const story = sampleStory(Date.UTC(2026, 0, 1));
    const html = new MarkdownIt('commonmark').enable(['table']).render(storyMarkdown(story));
    const text = squash(
      html
        .replace(/<br>/g, ' ')
        // Inline tags join their words to the text around them; block tags separate.
        .replace(/<\/?(a|strong|em|code)\b[^>]*>/g, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
    );
    const texts = userTexts(story);
    expect(texts.length).toBeGreaterThan(100);
    const missing = texts
      .flatMap((t) => t.split('\n'))
      .map(squash)
      .filter((line) => line !== '' && !text.includes(line));
    expect(missing).toEqual([]);
  });
});
