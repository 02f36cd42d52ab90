/*
 * Rich text is stored as the editor's own JSON (ProseMirror/Tiptap `getJSON()`), restricted to
 * the few node and mark types Viva's editor allows. This module owns that whitelist, so the
 * editor, the importer and the exporters agree on what a prose field may contain.
 */
import { z } from 'zod';
import { richTextIssues } from './richTextIssues';
import { MAX_TEXT } from './text';

/**
 * Longest run of text in one node, in characters: as long as a plain multi-line field, so no
 * single paragraph can hold the megabytes that would stall the review, and the editor stops
 * typing and pasting at the same length (editorExtensions.ts).
 */
export const MAX_TEXT_NODE = MAX_TEXT;
/**
 * Deepest nesting of nodes (lists in lists) a document may have: far past any real outline,
 * and low enough for every recursive reader after the check (ProseMirror, the exporters, the
 * structured clone of an IndexedDB write, which overflows near 1,500 levels in V8).
 */
export const MAX_RICH_TEXT_DEPTH = 1_000;

export const BLOCK_TYPES = ['paragraph', 'bulletList', 'orderedList', 'listItem'] as const;
export const INLINE_TYPES = ['text', 'hardBreak'] as const;
export const MARK_TYPES = ['bold', 'italic', 'code', 'link'] as const;

export type MarkType = (typeof MARK_TYPES)[number];

export interface RichTextMark {
  type: MarkType;
  attrs?: Record<string, string | number | null>;
}

export interface RichTextNode {
  type: string;
  attrs?: Record<string, string | number | boolean | null>;
  content?: RichTextNode[];
  text?: string;
  marks?: RichTextMark[];
}

export interface RichText {
  type: 'doc';
  content: RichTextNode[];
}

const nodeTypes = [...BLOCK_TYPES, ...INLINE_TYPES] as const;

/** How deep the nodes of a JSON value nest, counted without recursion; stops past the limit. */
export function richTextDepth(doc: unknown, limit = MAX_RICH_TEXT_DEPTH): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[doc, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    const content = typeof node === 'object' && node !== null ? (node as { content?: unknown }).content : undefined;
    if (Array.isArray(content)) for (const child of content) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * Zod schema of a stored rich-text document: the shape, the allowed types, text length and safe
 * links. Checked by loops, never recursion (richTextIssues.ts), depth first, so no document
 * can overflow the stack here; the value comes out as it went in.
 */
export const richTextSchema: z.ZodType<RichText> = z.custom<RichText>().check((ctx) => {
  if (richTextDepth(ctx.value) > MAX_RICH_TEXT_DEPTH) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: `the formatted text is nested more than ${MAX_RICH_TEXT_DEPTH.toLocaleString('en')} levels deep (lists inside lists), more than Viva keeps`,
    });
    return;
  }
  const limits = { nodeTypes, markTypes: MARK_TYPES, maxTextLength: MAX_TEXT_NODE };
  for (const issue of richTextIssues(ctx.value, limits)) ctx.issues.push(issue);
});

/** An empty document: one empty paragraph, as the editor creates it. */
export function emptyDoc(): RichText {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

/** A document from plain text: blank lines separate paragraphs, single newlines become breaks. */
export function docFromText(text: string): RichText {
  const paragraphs = text.split(/\n{2,}/).filter((p) => p.trim() !== '');
  if (paragraphs.length === 0) return emptyDoc();
  return {
    type: 'doc',
    content: paragraphs.map((paragraph) => ({
      type: 'paragraph',
      content: paragraph.split('\n').flatMap((line, i): RichTextNode[] => {
        const textNode: RichTextNode[] = line === '' ? [] : [{ type: 'text', text: line }];
        return i === 0 ? textNode : [{ type: 'hardBreak' }, ...textNode];
      }),
    })),
  };
}

const BLOCK_SET = new Set<string>(BLOCK_TYPES);

/** The text of a document, blocks separated by newlines: for counting, searching and rules. */
export function plainText(doc: RichText): string {
  const lines: string[] = [];
  const walk = (nodes: readonly RichTextNode[], line: string[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') line.push(node.text ?? '');
      else if (node.type === 'hardBreak') line.push('\n');
      else if (BLOCK_SET.has(node.type) && node.content && !isContainer(node.type)) {
        const inner: string[] = [];
        walk(node.content, inner);
        lines.push(inner.join(''));
      } else if (node.content) walk(node.content, line);
    }
  };
  walk(doc.content, []);
  return lines.join('\n').trim();
}

function isContainer(type: string): boolean {
  return type === 'bulletList' || type === 'orderedList' || type === 'listItem';
}

/** Whether a document holds any non-blank text. */
export function hasText(doc: RichText): boolean {
  return plainText(doc).trim() !== '';
}
