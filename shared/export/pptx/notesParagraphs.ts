/*
 * A beat's notes (rich text) as the paragraphs of PowerPoint's notes pane. Paragraphs stay
 * paragraphs; a list item becomes a paragraph starting with its marker ("• ", "1. "), written as
 * text so that every tool showing or printing notes shows it; bold, italic and code become run
 * formatting; a link keeps its text followed by its address, "the paper (https://…)", since a
 * notes page is often read on paper or in presenter view where a link cannot be followed.
 */
import type { RichText, RichTextNode } from '../../model/richText';
import { xmlSafeLine, xmlSafeText } from './xmlSafeText';

export interface NotesRun {
  text: string;
  isBold: boolean;
  isItalic: boolean;
  isCode: boolean;
}

/** A run of text, or a line break inside the paragraph (the editor's hard break). */
export type NotesInline = NotesRun | 'break';

export interface NotesParagraph {
  /** How deep in lists the paragraph sits: 0 outside any list. */
  depth: number;
  /** Whether it opens a list item (its first run is the marker). */
  hasMarker: boolean;
  inlines: NotesInline[];
}

const LISTS = new Set(['bulletList', 'orderedList']);
const INLINES = new Set(['text', 'hardBreak']);

/** The notes as paragraphs of formatted runs; blank paragraphs are left out. */
export function notesParagraphs(doc: RichText): NotesParagraph[] {
  return blocks(doc.content, 0);
}

function blocks(nodes: readonly RichTextNode[], depth: number): NotesParagraph[] {
  const paragraphs: NotesParagraph[] = [];
  let stray: RichTextNode[] = [];
  const flushStray = () => {
    paragraphs.push(...paragraph(stray, depth));
    stray = [];
  };
  for (const node of nodes) {
    // Text outside a paragraph is not what the editor writes, but the stored shape allows it.
    if (INLINES.has(node.type)) {
      stray.push(node);
      continue;
    }
    flushStray();
    if (LISTS.has(node.type)) paragraphs.push(...list(node, depth + 1));
    else if (node.type === 'listItem') paragraphs.push(...listItem(node, '• ', depth + 1));
    else paragraphs.push(...paragraph(node.content ?? [], depth));
  }
  flushStray();
  return paragraphs;
}

function list(node: RichTextNode, depth: number): NotesParagraph[] {
  const start = typeof node.attrs?.['start'] === 'number' ? node.attrs['start'] : 1;
  const isOrdered = node.type === 'orderedList';
  return (node.content ?? []).flatMap((item, i) => listItem(item, isOrdered ? `${start + i}. ` : '• ', depth));
}

/** The item's paragraphs, the marker on its first; an item with no text keeps a line with its marker. */
function listItem(item: RichTextNode, marker: string, depth: number): NotesParagraph[] {
  const inner = item.type === 'listItem' ? blocks(item.content ?? [], depth) : blocks([item], depth);
  const markerRun: NotesRun = { text: marker, isBold: false, isItalic: false, isCode: false };
  const first = inner[0];
  if (first === undefined || first.depth !== depth) return [{ depth, hasMarker: true, inlines: [markerRun] }, ...inner];
  return [{ ...first, hasMarker: true, inlines: [markerRun, ...first.inlines] }, ...inner.slice(1)];
}

function paragraph(nodes: readonly RichTextNode[], depth: number): NotesParagraph[] {
  const inlines = inlineRuns(nodes);
  const hasText = inlines.some((inline) => inline !== 'break' && inline.text.trim() !== '');
  return hasText ? [{ depth, hasMarker: false, inlines }] : [];
}

/** Text nodes as runs; a link's address follows its text unless the text already is the address. */
function inlineRuns(nodes: readonly RichTextNode[]): NotesInline[] {
  return linkSpans(flatten(nodes)).flatMap(({ href, nodes: span }) => {
    const runs = span.flatMap((node): NotesInline[] => (node.type === 'hardBreak' ? ['break'] : textRuns(node)));
    if (href === null) return runs;
    const text = xmlSafeText(span.map((node) => node.text ?? '').join(''));
    return isSameAddress(text, href) ? runs : [...runs, plainRun(` (${href})`)];
  });
}

/** Nodes grouped so that consecutive nodes linking to one address (say, bold and plain parts) are one link. */
function linkSpans(nodes: readonly RichTextNode[]): Array<{ href: string | null; nodes: RichTextNode[] }> {
  const spans: Array<{ href: string | null; nodes: RichTextNode[] }> = [];
  for (const node of nodes) {
    const href = linkHref(node);
    const last = spans.at(-1);
    if (last !== undefined && href !== null && last.href === href) last.nodes.push(node);
    else spans.push({ href, nodes: [node] });
  }
  return spans;
}

/** A text node's runs; a newline inside stored text (the editor never writes one) becomes a break. */
function textRuns(node: RichTextNode): NotesInline[] {
  const text = xmlSafeText(node.text ?? '');
  const marks = new Set((node.marks ?? []).map((mark) => mark.type));
  const style = { isBold: marks.has('bold'), isItalic: marks.has('italic'), isCode: marks.has('code') };
  return text.split(/\r\n?|\n/).flatMap((line, i): NotesInline[] => {
    const run: NotesInline[] = line === '' ? [] : [{ text: line, ...style }];
    return i === 0 ? run : ['break', ...run];
  });
}

/** Inline nodes, any nested content flattened into them. */
function flatten(nodes: readonly RichTextNode[]): RichTextNode[] {
  return nodes.flatMap((node) => (INLINES.has(node.type) ? [node] : flatten(node.content ?? [])));
}

function linkHref(node: RichTextNode): string | null {
  const mark = node.type === 'text' ? node.marks?.find((m) => m.type === 'link') : undefined;
  // An address is one line: a newline in it would break the notes line it ends.
  return mark ? xmlSafeLine(String(mark.attrs?.['href'] ?? '')) : null;
}

/** Whether a link's text already is its address ("https://x.org", or "me@x.org" for mailto:me@x.org). */
function isSameAddress(text: string, href: string): boolean {
  const shown = text.trim();
  return shown === href || `mailto:${shown}` === href || href === '';
}

function plainRun(text: string): NotesRun {
  return { text, isBold: false, isItalic: false, isCode: false };
}
