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

/** A document to search: its title, then every text it holds (the title first among them). */
export interface SearchableDocument {
  id: string;
  title: string;
  texts: readonly string[];
}

/** Documents whose title or text holds a word starting with each word of the query, in the order given. */
export function searchDocuments(documents: readonly SearchableDocument[], query: string): SearchHit[] {
  const patterns = terms(query).map(wordStart);
  if (patterns.length === 0) return documents.map((d) => ({ id: d.id, snippet: null }));
  const hits: SearchHit[] = [];
  for (const document of documents) {
    const { texts } = document;
    const haystack = texts.join('\n');
    if (!patterns.every((pattern) => pattern.test(haystack))) continue;
    if (patterns.every((pattern) => pattern.test(document.title))) {
      hits.push({ id: document.id, snippet: null });
      continue;
    }
    const first = patterns[0]!;
    const body = texts.slice(1).find((t) => first.test(t)) ?? '';
    const match = first.exec(body);
    hits.push({ id: document.id, snippet: match ? snippetAround(body, match.index, match[0].length) : null });
  }
  return hits;
}

/** Stories whose title or text holds a word starting with each word of the query, in the order given. */
export function searchStories(stories: readonly Story[], query: string): SearchHit[] {
  return searchDocuments(
    stories.map((story) => ({ id: story.id, title: story.title, texts: storyTexts(story) })),
    query,
  );
}
