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
  /**
   * A list item's marker kind and number (ordered), or null for a plain paragraph. An
   * auto-numbered PowerPoint paragraph has no number of its own (null): it takes the next one of
   * its list, which starts at `startAt`.
   */
  list: { ordered: boolean; number: number | null; startAt?: number } | null;
  /** A paragraph that continues the list item before it (an indented paragraph). */
  continues: boolean;
  /** How deep in lists the item (or the item a continuing paragraph belongs to) sits: 0 outermost. */
  level?: number;
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

/** A list being filled: its node and the list level its items came with. */
interface OpenList {
  node: RichTextNode;
  level: number;
  isOrdered: boolean;
}

/** Whether an item of this kind and number goes on in the open list (a number one past its last). */
function continuesList(open: OpenList, list: NonNullable<NoteBlock['list']>): boolean {
  if (open.isOrdered !== list.ordered) return false;
  const start = (open.node.attrs?.['start'] as number | undefined) ?? 1;
  if (!list.ordered) return true;
  if (list.number === null) return start === (list.startAt ?? 1);
  return list.number === start + (open.node.content?.length ?? 0);
}

/** Closes the lists deeper than `level`; the outermost one left deeper takes that level (a jump back past a skipped level). */
function closeDeeperThan(open: OpenList[], level: number): void {
  while (open.length > 0 && open.at(-1)!.level > level) {
    const parent = open.at(-2);
    if (parent === undefined || parent.level < level) {
      open.at(-1)!.level = level;
      return;
    }
    open.pop();
  }
}

/**
 * Blocks as a document: consecutive list items of one kind and level become one list, an item
 * deeper than the one before becomes a list inside that item (however many levels deeper it
 * says it is), and empty blocks are left out.
 */
export function noteDocument(blocks: readonly NoteBlock[]): RichText {
  const content: RichTextNode[] = [];
  const open: OpenList[] = [];
  // Where a list opened inside `open[depth - 1]`'s last item, or at the top, goes.
  const parentContent = (depth: number): RichTextNode[] =>
    depth === 0 ? content : open[depth - 1]!.node.content!.at(-1)!.content!;
  for (const block of blocks) {
    if (!hasWords(block.inlines)) continue;
    const paragraph: RichTextNode = { type: 'paragraph', content: inlineNodes(block.inlines) };
    const level = block.level ?? 0;
    if (block.list === null) {
      if (!block.continues || open.length === 0) {
        open.length = 0;
        content.push(paragraph);
        continue;
      }
      while (open.length > 1 && open.at(-1)!.level > level) open.pop();
      open.at(-1)!.node.content!.at(-1)!.content!.push(paragraph);
      continue;
    }
    closeDeeperThan(open, level);
    const top = open.at(-1);
    if (top !== undefined && top.level === level && continuesList(top, block.list)) {
      top.node.content!.push({ type: 'listItem', content: [paragraph] });
      continue;
    }
    // A new list: beside the open one of this level (another kind, or numbering anew), or inside the last item.
    if (top !== undefined && top.level === level) open.pop();
    const { ordered, number, startAt } = block.list;
    const node: RichTextNode = ordered
      ? { type: 'orderedList', attrs: { start: number ?? startAt ?? 1 }, content: [] }
      : { type: 'bulletList', content: [] };
    parentContent(open.length).push(node);
    open.push({ node, level, isOrdered: ordered });
    node.content!.push({ type: 'listItem', content: [paragraph] });
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
