import type { Story } from '../model/story';
import { storyTexts } from './storyText';

export interface SearchHit {
  id: string;
  /** A short excerpt around the first match in the story's text, or null when only the title matched. */
  snippet: string | null;
}

const SNIPPET_RADIUS = 60;

function terms(query: string): string[] {
  return query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

/** A pattern that matches the term at the start of a word. */
function wordStart(term: string): RegExp {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}`, 'iu');
}

function snippetAround(text: string, index: number, length: number): string {
  const start = Math.max(0, index - SNIPPET_RADIUS);
  const end = Math.min(text.length, index + length + SNIPPET_RADIUS);
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}

/** Stories whose title or text holds a word starting with each word of the query, in the order given. */
export function searchStories(stories: readonly Story[], query: string): SearchHit[] {
  const patterns = terms(query).map(wordStart);
  if (patterns.length === 0) return stories.map((s) => ({ id: s.id, snippet: null }));
  const hits: SearchHit[] = [];
  for (const story of stories) {
    const texts = storyTexts(story);
    const haystack = texts.join('\n');
    if (!patterns.every((pattern) => pattern.test(haystack))) continue;
    if (patterns.every((pattern) => pattern.test(story.title))) {
      hits.push({ id: story.id, snippet: null });
      continue;
    }
    const first = patterns[0]!;
    const body = texts.slice(1).find((t) => first.test(t)) ?? '';
    const match = first.exec(body);
    hits.push({ id: story.id, snippet: match ? snippetAround(body, match.index, match[0].length) : null });
  }
  return hits;
}
