/*
 * A notes page's body placeholder as rich text: paragraphs with their bold, italic and
 * monospaced runs, line breaks and hyperlinks; a paragraph opening with "• " or "1. " (as Viva
 * and many decks write list markers), or with a bullet or numbering of its own, is a list item
 * nested as deep as its list level (a:pPr lvl, or its left margin on a page stating no levels)
 * says; an indented paragraph after an item stays in the item of its level. Slide-number fields are left out, so notes holding only the slide
 * number are empty.
 */
import type { RichText } from '../../model/richText';
import { noteDocument, type Inline, type NoteBlock } from '../markdown/noteBlocks';
import { LEVEL_INDENT } from '../../export/pptx/notesSlideXml';
import type { Relationship } from './packageRels';
import { attr, child, childrenNamed, childrenOf, path, tagOf, textOf, type XmlNode } from './xmlTree';

const MONOSPACED = ['courier', 'consolas', 'mono', 'menlo', 'monaco'];
const ORDERED_MARKER = /^(\d{1,9})\.\s/;
/** PowerPoint's deepest list level (0-based: nine levels); deeper or unreadable levels are clamped. */
const MAX_LEVEL = 8;

const clampLevel = (level: number) => (Number.isInteger(level) ? Math.min(Math.max(level, 0), MAX_LEVEL) : 0);

/**
 * A paragraph's list level: its lvl when the page states levels (0 when absent or not a whole
 * number), otherwise its left margin in Viva's steps of a quarter inch, for pages whose levels
 * were dropped (LibreOffice keeps only the margins) or never written (Viva before it wrote them).
 */
function listLevel(properties: XmlNode | undefined, hasLevels: boolean): number {
  if (hasLevels) return clampLevel(Number(attr(properties ?? {}, 'lvl') ?? '0'));
  const margin = Number.parseInt(attr(properties ?? {}, 'marL') ?? '0', 10);
  // A little slack for margins rounded on the way (LibreOffice keeps hundredths of a millimetre).
  return Number.isSafeInteger(margin) ? clampLevel(Math.floor(margin / LEVEL_INDENT + 0.05)) : 0;
}

const isOn = (value: string | undefined) => value === '1' || value === 'true';

function runInline(run: XmlNode, rels: ReadonlyMap<string, Relationship>): Inline {
  const properties = child(run, 'a:rPr');
  const marks = new Set<'bold' | 'italic' | 'code'>();
  let href: string | null = null;
  if (properties !== undefined) {
    if (isOn(attr(properties, 'b'))) marks.add('bold');
    if (isOn(attr(properties, 'i'))) marks.add('italic');
    const font = (attr(child(properties, 'a:latin') ?? {}, 'typeface') ?? '').toLowerCase();
    if (MONOSPACED.some((name) => font.includes(name))) marks.add('code');
    const click = child(properties, 'a:hlinkClick');
    const rel = click === undefined ? undefined : rels.get(attr(click, 'r:id') ?? '');
    if (rel?.isExternal) href = rel.target;
  }
  return { text: textOf(child(run, 'a:t') ?? {}), marks, href };
}

function paragraphBlock(paragraph: XmlNode, rels: ReadonlyMap<string, Relationship>, hasLevels: boolean): NoteBlock {
  const inlines: Inline[] = [];
  for (const node of childrenOf(paragraph)) {
    const tag = tagOf(node);
    if (tag === 'a:r') inlines.push(runInline(node, rels));
    else if (tag === 'a:br') inlines.push('break');
    else if (tag === 'a:fld' && attr(node, 'type') !== 'slidenum') inlines.push(runInline(node, rels));
  }
  const properties = child(paragraph, 'a:pPr');
  const level = listLevel(properties, hasLevels);
  const indented = Number.parseInt(attr(properties ?? {}, 'marL') ?? '0', 10) > 0 || level > 0;
  // A marker written as text: the first run starts with it.
  const first = inlines.find((inline) => inline !== 'break' && inline.text !== '');
  if (first !== undefined && first !== 'break') {
    if (first.text.startsWith('• ')) {
      first.text = first.text.slice(2);
      return { list: { ordered: false, number: 0 }, continues: false, level, inlines };
    }
    const ordered = ORDERED_MARKER.exec(first.text);
    if (ordered) {
      first.text = first.text.slice(ordered[0].length);
      return { list: { ordered: true, number: Number.parseInt(ordered[1]!, 10) }, continues: false, level, inlines };
    }
  }
  if (properties !== undefined && child(properties, 'a:buChar') !== undefined)
    return { list: { ordered: false, number: 0 }, continues: false, level, inlines };
  const autoNumber = properties === undefined ? undefined : child(properties, 'a:buAutoNum');
  if (autoNumber !== undefined) {
    // PowerPoint writes the list's start on each of its paragraphs; each takes the next number.
    const start = Number.parseInt(attr(autoNumber, 'startAt') ?? '1', 10);
    const startAt = Number.isSafeInteger(start) ? start : 1;
    return { list: { ordered: true, number: null, startAt }, continues: false, level, inlines };
  }
  return { list: null, continues: indented, level, inlines };
}

/** The notes of a notes page (its body placeholder), as rich text. */
export function notesPage(root: readonly XmlNode[], rels: ReadonlyMap<string, Relationship>): RichText {
  const spTree = path(root, 'p:notes', 'p:cSld', 'p:spTree');
  if (spTree === undefined) return { type: 'doc', content: [] };
  // The body placeholder holds the notes; a page without one (LibreOffice writes its notes as a
  // plain text box when the notes frame is no placeholder) has them in its other text shapes.
  const bodies: XmlNode[] = [];
  const others: XmlNode[] = [];
  const stack = [...childrenOf(spTree)].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (tagOf(node) === 'p:grpSp') {
      stack.push(...childrenOf(node).reverse());
      continue;
    }
    if (tagOf(node) !== 'p:sp') continue;
    const body = child(node, 'p:txBody');
    if (body === undefined) continue;
    const placeholder = path(node, 'p:nvSpPr', 'p:nvPr', 'p:ph');
    if (placeholder === undefined) others.push(body);
    else if ((attr(placeholder, 'type') ?? 'body') === 'body') bodies.push(body);
  }
  const blocks = (bodies.length > 0 ? bodies : others).flatMap((body) => {
    const paragraphs = childrenNamed(body, 'a:p');
    const hasLevels = paragraphs.some((paragraph) => attr(child(paragraph, 'a:pPr') ?? {}, 'lvl') !== undefined);
    return paragraphs.map((paragraph) => paragraphBlock(paragraph, rels, hasLevels));
  });
  return noteDocument(blocks);
}
