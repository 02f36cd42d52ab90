/*
 * Building rich text (the editor's JSON) from blocks read out of a deck: paragraphs of marked
 * text runs and list items, grouped into lists as the editor stores them.
 */
import type { MarkType, RichText, RichTextMark, RichTextNode } from '../../model/richText';
import { isSafeHref } from '../../model/safeHref';
import { MAX_TEXT_NODE } from '../../model/richText';

export interface Run {
  text: string;
  marks: ReadonlySet<Exclude<MarkType, 'link'>>;
  href: string | null;
}

/** A paragraph's content: runs, and line breaks inside it. */
export type Inline = Run | 'break';

export interface NoteBlock {
  /** A list item's marker kind and number (ordered), or null for a plain paragraph. */
  list: { ordered: boolean; number: number } | null;
  /** A paragraph that continues the list item before it (an indented paragraph). */
  continues: boolean;
  inlines: Inline[];
}

const MARK_ORDER: Array<Exclude<MarkType, 'link'>> = ['bold', 'italic', 'code'];

function inlineNodes(inlines: readonly Inline[]): RichTextNode[] {
  const nodes: RichTextNode[] = [];
  // Trim the paragraph's edges: no leading or trailing breaks.
  let start = 0;
  let end = inlines.length;
  while (start < end && inlines[start] === 'break') start += 1;
  while (end > start && inlines[end - 1] === 'break') end -= 1;
  for (const inline of inlines.slice(start, end)) {
    if (inline === 'break') {
      nodes.push({ type: 'hardBreak' });
      continue;
    }
    if (inline.text === '') continue;
    const marks: RichTextMark[] = MARK_ORDER.filter((m) => inline.marks.has(m)).map((type) => ({ type }));
    if (inline.href !== null && isSafeHref(inline.href)) marks.push({ type: 'link', attrs: { href: inline.href } });
    const last = nodes.at(-1);
    // Neighbours with the same marks are one text node, as the editor keeps them.
    if (last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(marks)) {
      last.text = (last.text ?? '') + inline.text;
      continue;
    }
    nodes.push(marks.length > 0 ? { type: 'text', text: inline.text, marks } : { type: 'text', text: inline.text });
  }
  for (const node of nodes)
    if (node.text !== undefined && node.text.length > MAX_TEXT_NODE) node.text = node.text.slice(0, MAX_TEXT_NODE);
  return nodes;
}

function hasWords(inlines: readonly Inline[]): boolean {
  return inlines.some((inline) => inline !== 'break' && inline.text.trim() !== '');
}

/** Blocks as a document: consecutive list items of one kind become one list; empty blocks are left out. */
export function noteDocument(blocks: readonly NoteBlock[]): RichText {
  const content: RichTextNode[] = [];
  let openList: RichTextNode | null = null;
  let openKind: boolean | null = null;
  for (const block of blocks) {
    if (!hasWords(block.inlines)) continue;
    const paragraph: RichTextNode = { type: 'paragraph', content: inlineNodes(block.inlines) };
    if (block.list === null) {
      const lastItem = openList?.content?.at(-1);
      if (block.continues && lastItem !== undefined) {
        lastItem.content!.push(paragraph);
        continue;
      }
      openList = null;
      openKind = null;
      content.push(paragraph);
      continue;
    }
    const previousNumber =
      openKind === true ? ((openList?.attrs?.['start'] as number | undefined) ?? 1) + (openList?.content?.length ?? 0) - 1 : null;
    const continuesNumbering = !block.list.ordered || previousNumber === null || block.list.number === previousNumber + 1;
    if (openList === null || openKind !== block.list.ordered || !continuesNumbering) {
      openKind = block.list.ordered;
      openList = block.list.ordered
        ? { type: 'orderedList', attrs: { start: block.list.number }, content: [] }
        : { type: 'bulletList', content: [] };
      content.push(openList);
    }
    openList.content!.push({ type: 'listItem', content: [paragraph] });
  }
  return { type: 'doc', content };
}

/** A run of plain text. */
export function plainRun(
  text: string,
  marks: ReadonlySet<Exclude<MarkType, 'link'>> = new Set(),
  href: string | null = null,
): Run {
  return { text, marks, href };
}
