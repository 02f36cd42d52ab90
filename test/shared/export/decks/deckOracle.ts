/*
 * What a reader sees, for the deck oracles: the text a parsed slide or note shows (read from a
 * DOM), and the text the user typed, both with whitespace runs squashed to one space (slide
 * tools lay out whitespace their own way).
 */
import { EVENT_KIND_LABELS } from '../../../../shared/model/event';
import type { Beat } from '../../../../shared/model/outline';
import { hasText, type RichText, type RichTextNode } from '../../../../shared/model/richText';
import type { Story } from '../../../../shared/model/story';

/** Whitespace runs as one space, trimmed. */
export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

const BLOCKS = new Set([
  'P',
  'LI',
  'UL',
  'OL',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'ASIDE',
  'BLOCKQUOTE',
  'PRE',
]);

/** The text a DOM node shows: blocks and line breaks apart, a picture (Marp's emoji) by its alt text. */
export function shownText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === 3) parts.push(n.textContent ?? '');
    if (n.nodeType !== 1) return;
    const element = n as Element;
    if (element.tagName === 'BR') parts.push(' ');
    else if (element.tagName === 'IMG') parts.push(element.getAttribute('alt') ?? '');
    else {
      const isBlock = BLOCKS.has(element.tagName);
      if (isBlock) parts.push(' ');
      element.childNodes.forEach(walk);
      if (isBlock) parts.push(' ');
    }
  };
  walk(node);
  return squash(parts.join(''));
}

/** The characters typed into rich-text notes, blocks and line breaks apart. */
export function typedText(doc: RichText): string {
  const walk = (nodes: readonly RichTextNode[]): string =>
    nodes.map((n) => (n.type === 'text' ? (n.text ?? '') : n.type === 'hardBreak' ? ' ' : ` ${walk(n.content ?? [])} `)).join('');
  return squash(walk(doc.content));
}

function linkOf(node: RichTextNode): string | null {
  const href = node.marks?.find((mark) => mark.type === 'link')?.attrs?.['href'];
  return typeof href === 'string' ? href : null;
}

function plainInline(nodes: readonly RichTextNode[]): string {
  const runs: { href: string | null; text: string }[] = [];
  for (const node of nodes) {
    const href = linkOf(node);
    const text = node.type === 'hardBreak' ? '\n' : (node.text ?? '');
    const last = runs.at(-1);
    if (last && last.href === href) last.text += text;
    else runs.push({ href, text });
  }
  const sameAsText = (href: string, text: string) => href === text.trim() || href === `mailto:${text.trim()}`;
  return runs.map((r) => (r.href === null || sameAsText(r.href, r.text) ? r.text : `${r.text} (${r.href})`)).join('');
}

function plainBlocks(nodes: readonly RichTextNode[]): string {
  return nodes
    .filter((node) => hasText({ type: 'doc', content: [node] }))
    .map((node) => {
      if (node.type === 'paragraph') return plainInline(node.content ?? []);
      const items = (node.content ?? []).filter((item) => hasText({ type: 'doc', content: [item] }));
      const start = typeof node.attrs?.['start'] === 'number' ? node.attrs['start'] : 1;
      return items
        .map((item, i) => `${node.type === 'orderedList' ? `${start + i}.` : '-'} ${plainBlocks(item.content ?? [])}`)
        .join(' ');
    })
    .join(' ');
}

/** Notes as a plain-text presenter view should show them: list markers, and a link's address after its text. */
export function typedPlainNotes(doc: RichText): string {
  return squash(plainBlocks(doc.content));
}

/** A beat's slide as typed: its title ("(untitled)" when blank) and its bullets that hold text. */
export function typedSlide(beat: Beat): { title: string; bullets: string[] } {
  return { title: squash(beat.title) || '(untitled)', bullets: beat.bullets.map(squash).filter((b) => b !== '') };
}

/** The title slide as typed: the story's title, and the event (its kind unless "Other", and its date). */
export function typedTitleSlide(story: Story): { title: string; event: string } {
  const kind = story.event.kind === 'other' ? '' : EVENT_KIND_LABELS[story.event.kind];
  return { title: squash(story.title), event: [kind, story.event.date ?? ''].filter((p) => p !== '').join(' · ') };
}

/** A markdown list item with nothing after its marker. */
export const EMPTY_LIST_ITEM = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]*$/m;

const MARK_OF_TAG: Record<string, string> = { STRONG: 'bold', B: 'bold', EM: 'italic', I: 'italic', CODE: 'code', A: 'link' };
const markedChar = (char: string, marks: Iterable<string>) => `${char}{${[...new Set(marks)].sort().join(',')}}`;

/** Each character typed (spaces aside) with its formatting: "a{bold,link}". */
export function typedMarks(doc: RichText): string[] {
  const keys: string[] = [];
  const walk = (nodes: readonly RichTextNode[]): void => {
    for (const node of nodes) {
      const marks = (node.marks ?? []).map((mark) => mark.type);
      for (const char of node.text ?? '') if (char.trim() !== '') keys.push(markedChar(char, marks));
      walk(node.content ?? []);
    }
  };
  walk(doc.content);
  return keys;
}

/** Each character a DOM node shows (spaces and zero-width spaces aside) with the formatting its elements give it. */
export function shownMarks(node: Node): string[] {
  const keys: string[] = [];
  const walk = (n: Node, marks: readonly string[]): void => {
    if (n.nodeType === 3)
      for (const char of n.textContent ?? '') if (char.trim() !== '' && char !== '\u200B') keys.push(markedChar(char, marks));
    const mark = n.nodeType === 1 ? MARK_OF_TAG[(n as Element).tagName] : undefined;
    n.childNodes.forEach((child) => walk(child, mark ? [...marks, mark] : marks));
  };
  walk(node, []);
  return keys;
}
