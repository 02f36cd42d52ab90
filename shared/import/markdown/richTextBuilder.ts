/*
 * Builds the editor's rich text from a stream of open, close and text events, as both the
 * markdown-it token stream and an HTML tree produce them: blocks (paragraphs, lists, items) on a
 * stack, marks as counters, so nesting never needs recursion and stray or unbalanced events
 * (a list item outside a list, a close with no open) still give a valid document.
 */
import { MAX_RICH_TEXT_DEPTH, MAX_TEXT_NODE, type MarkType, type RichText, type RichTextNode } from '../../model/richText';
import { isSafeHref } from '../../model/safeHref';

type Block = 'paragraph' | 'bulletList' | 'orderedList' | 'listItem';

export class RichTextBuilder {
  private readonly doc: RichText = { type: 'doc', content: [] };
  private readonly stack: RichTextNode[] = [];
  private readonly marks = new Map<Exclude<MarkType, 'link'>, number>();
  private readonly links: Array<string | null> = [];

  private get container(): RichTextNode[] {
    return this.stack.at(-1)?.content ?? this.doc.content;
  }

  private get top(): RichTextNode | undefined {
    return this.stack.at(-1);
  }

  open(type: Block, start?: number): void {
    if (type === 'paragraph' && this.top?.type === 'paragraph') return;
    if (this.top?.type === 'paragraph') this.stack.pop();
    // An item belongs in a list, a list's children are items: supply what is missing.
    if (type === 'listItem' && this.top?.type !== 'bulletList' && this.top?.type !== 'orderedList') this.open('bulletList');
    if (type !== 'listItem' && (this.top?.type === 'bulletList' || this.top?.type === 'orderedList')) this.open('listItem');
    if (this.stack.length >= MAX_RICH_TEXT_DEPTH - 2) {
      if (type !== 'paragraph') return;
    }
    const node: RichTextNode =
      type === 'orderedList' && start !== undefined && start !== 1
        ? { type, attrs: { start }, content: [] }
        : { type, content: [] };
    this.container.push(node);
    this.stack.push(node);
  }

  close(type: Block): void {
    const at = this.stack.map((node) => node.type).lastIndexOf(type);
    if (at >= 0) this.stack.length = at;
  }

  mark(type: Exclude<MarkType, 'link'>, on: boolean): void {
    this.marks.set(type, Math.max(0, (this.marks.get(type) ?? 0) + (on ? 1 : -1)));
  }

  link(href: string | null): void {
    this.links.push(href);
  }

  unlink(): void {
    this.links.pop();
  }

  text(text: string): void {
    if (text === '') return;
    if (this.top?.type !== 'paragraph') {
      // Text straight in a list item or the document goes in a paragraph of its own.
      if (text.trim() === '') return;
      this.open('paragraph');
    }
    const marks = (['bold', 'italic', 'code'] as const).filter((m) => (this.marks.get(m) ?? 0) > 0).map((type) => ({ type }));
    const href = this.links.findLast((link) => link !== null) ?? null;
    const allMarks = href !== null && isSafeHref(href) ? [...marks, { type: 'link' as const, attrs: { href } }] : marks;
    const content = this.top!.content!;
    const last = content.at(-1);
    if (last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(allMarks)) {
      last.text = `${last.text ?? ''}${text}`.slice(0, MAX_TEXT_NODE);
      return;
    }
    content.push(
      allMarks.length > 0
        ? { type: 'text', text: text.slice(0, MAX_TEXT_NODE), marks: allMarks }
        : { type: 'text', text: text.slice(0, MAX_TEXT_NODE) },
    );
  }

  hardBreak(): void {
    if (this.top?.type === 'paragraph') this.top.content!.push({ type: 'hardBreak' });
  }

  /** The document, without empty paragraphs, items or lists, and no breaks at a paragraph's edges. */
  finish(): RichText {
    return { type: 'doc', content: pruned(this.doc.content) };
  }
}

function pruned(nodes: RichTextNode[]): RichTextNode[] {
  // Depth is bounded by the builder, so this recursion is too.
  return nodes.flatMap((node): RichTextNode[] => {
    if (node.type === 'paragraph') {
      const content = [...(node.content ?? [])];
      while (content[0]?.type === 'hardBreak') content.shift();
      while (content.at(-1)?.type === 'hardBreak') content.pop();
      const hasWords = content.some((child) => child.type === 'text' && (child.text ?? '').trim() !== '');
      return hasWords ? [{ ...node, content }] : [];
    }
    const content = pruned(node.content ?? []);
    return content.length === 0 ? [] : [{ ...node, content }];
  });
}
