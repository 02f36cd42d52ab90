/*
 * What a slide shows, read from its shape tree in order: the title placeholder's text; every
 * other text box, placeholder and table as body lines (a paragraph a line, a table row a line);
 * pictures, charts and diagrams as "[picture]". Groups are walked into; slide number, footer,
 * date and header placeholders are left out. An explicit stack keeps deep nesting off the call stack.
 */
import { attr, child, childrenNamed, childrenOf, path, resolvedAlternate, tagOf, textOf, type XmlNode } from './xmlTree';

export const PICTURE = '[picture]';

const IGNORED_PLACEHOLDERS = new Set(['sldNum', 'ftr', 'dt', 'hdr', 'sldImg']);
const TITLE_PLACEHOLDERS = new Set(['title', 'ctrTitle']);

export interface SlideShapes {
  title: string | null;
  body: string[];
  /** Whether it has a centred title or subtitle placeholder (a title-slide layout). */
  isTitleLayout: boolean;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A paragraph's text: runs, fields (but a slide number) and breaks as spaces. */
export function paragraphText(paragraph: XmlNode): string {
  let text = '';
  for (const node of childrenOf(paragraph)) {
    const tag = tagOf(node);
    if (tag === 'a:r') text += textOf(child(node, 'a:t') ?? {});
    else if (tag === 'a:fld' && attr(node, 'type') !== 'slidenum') text += textOf(child(node, 'a:t') ?? {});
    else if (tag === 'a:br') text += ' ';
  }
  return squash(text);
}

/** The non-empty paragraphs of a text body. */
export function bodyLines(txBody: XmlNode | undefined): string[] {
  if (txBody === undefined) return [];
  return childrenNamed(txBody, 'a:p')
    .map(paragraphText)
    .filter((line) => line !== '');
}

function tableRows(table: XmlNode): string[] {
  return childrenNamed(table, 'a:tr').flatMap((row) => {
    const cells = childrenNamed(row, 'a:tc')
      .map((cell) => bodyLines(child(cell, 'a:txBody')).join(' '))
      .filter((cell) => cell !== '');
    return cells.length === 0 ? [] : [cells.join(' · ')];
  });
}

/** The slide's title, body lines and layout kind, from its p:spTree. */
export function slideShapes(spTree: XmlNode | undefined): SlideShapes {
  const titles: string[] = [];
  const body: string[] = [];
  let isTitleLayout = false;
  const stack: XmlNode[] = spTree === undefined ? [] : [...childrenOf(spTree)].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    const tag = tagOf(node);
    if (tag === 'mc:AlternateContent') {
      stack.push(...resolvedAlternate(node).reverse());
      continue;
    }
    if (tag === 'p:grpSp') {
      stack.push(...childrenOf(node).reverse());
      continue;
    }
    if (tag === 'p:pic') {
      body.push(PICTURE);
      continue;
    }
    if (tag === 'p:graphicFrame') {
      const data = path(node, 'a:graphic', 'a:graphicData');
      const table = data === undefined ? undefined : child(data, 'a:tbl');
      if (table !== undefined) body.push(...tableRows(table));
      else body.push(PICTURE);
      continue;
    }
    if (tag !== 'p:sp') continue;
    const placeholder = path(node, 'p:nvSpPr', 'p:nvPr', 'p:ph');
    const type = placeholder === undefined ? null : (attr(placeholder, 'type') ?? 'body');
    if (type !== null && IGNORED_PLACEHOLDERS.has(type)) continue;
    if (type === 'ctrTitle' || type === 'subTitle') isTitleLayout = true;
    const lines = bodyLines(child(node, 'p:txBody'));
    if (type !== null && TITLE_PLACEHOLDERS.has(type)) titles.push(lines.join(' '));
    else body.push(...lines);
  }
  const title = squash(titles.join(' '));
  return { title: title === '' ? null : title, body, isTitleLayout };
}
