/*
 * Rich text is stored as the editor's own JSON (ProseMirror/Tiptap `getJSON()`), restricted to
 * the few node and mark types Viva's editor allows. This module owns that whitelist, so the
 * editor, the importer and the exporters agree on what a prose field may contain.
 */
import { z } from 'zod';
import { isSafeHref } from './safeHref';

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

const attrValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const markSchema: z.ZodType<RichTextMark> = z.strictObject({
  type: z.enum(MARK_TYPES),
  attrs: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).optional(),
});

const nodeTypes = [...BLOCK_TYPES, ...INLINE_TYPES] as const;

export const richTextNodeSchema: z.ZodType<RichTextNode> = z.lazy(() =>
  z.strictObject({
    type: z.enum(nodeTypes),
    attrs: z.record(z.string(), attrValue).optional(),
    content: z.array(richTextNodeSchema).optional(),
    text: z.string().optional(),
    marks: z.array(markSchema).optional(),
  }),
);

/** Zod schema of a stored rich-text document: the shape, the allowed types, and safe links. */
export const richTextSchema: z.ZodType<RichText> = z
  .strictObject({
    type: z.literal('doc'),
    content: z.array(richTextNodeSchema),
  })
  .superRefine((doc, ctx) => {
    for (const href of collectHrefs(doc.content)) {
      if (!isSafeHref(href)) {
        ctx.addIssue({ code: 'custom', message: `link "${href.slice(0, 80)}" is not an http(s) or mailto address` });
      }
    }
  });

function collectHrefs(nodes: readonly RichTextNode[]): string[] {
  const hrefs: string[] = [];
  for (const node of nodes) {
    for (const mark of node.marks ?? []) {
      if (mark.type === 'link') hrefs.push(String(mark.attrs?.href ?? ''));
    }
    if (node.content) hrefs.push(...collectHrefs(node.content));
  }
  return hrefs;
}

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
