/*
 * Small builders for the rich text of built-in content, so that long written passages read as
 * prose in the source and still come out as the editor's own JSON (shared/model/richText.ts).
 */
import type { RichText, RichTextNode } from '../../model/richText';

/** A piece of inline content: plain text, or a node made by `bold`, `italic`, `code` or `link`. */
export type Inline = string | RichTextNode;

function inline(part: Inline): RichTextNode {
  return typeof part === 'string' ? { type: 'text', text: part } : part;
}

/** Bold text. */
export function bold(text: string): RichTextNode {
  return { type: 'text', text, marks: [{ type: 'bold' }] };
}

/** Italic text. */
export function italic(text: string): RichTextNode {
  return { type: 'text', text, marks: [{ type: 'italic' }] };
}

/** Inline code. */
export function code(text: string): RichTextNode {
  return { type: 'text', text, marks: [{ type: 'code' }] };
}

/** A link, with the attributes the editor itself stores. */
export function link(text: string, href: string): RichTextNode {
  return {
    type: 'text',
    text,
    marks: [{ type: 'link', attrs: { href, target: null, rel: 'noopener noreferrer nofollow', class: null } }],
  };
}

/** A paragraph of inline parts. */
export function para(...parts: Inline[]): RichTextNode {
  return { type: 'paragraph', content: parts.map(inline) };
}

function listItem(item: Inline | readonly Inline[]): RichTextNode {
  const parts = Array.isArray(item) ? item : [item as Inline];
  return { type: 'listItem', content: [para(...parts)] };
}

/** A bulleted list; an item is one inline part or an array of them. */
export function bullets(...items: ReadonlyArray<Inline | readonly Inline[]>): RichTextNode {
  return { type: 'bulletList', content: items.map(listItem) };
}

/** A numbered list; an item is one inline part or an array of them. */
export function numbered(...items: ReadonlyArray<Inline | readonly Inline[]>): RichTextNode {
  return { type: 'orderedList', attrs: { start: 1, type: null }, content: items.map(listItem) };
}

/** A document of blocks; a string becomes a paragraph of plain text. */
export function doc(...blocks: ReadonlyArray<string | RichTextNode>): RichText {
  return { type: 'doc', content: blocks.map((block) => (typeof block === 'string' ? para(block) : block)) };
}
