/*
 * Rich text (the editor's JSON, shared/model/richText.ts) as LaTeX for a speaker note:
 * paragraphs, bullet and numbered lists, line breaks, bold, italic, code and links. Nothing the
 * user typed reaches the file unescaped, and no input makes LaTeX stop: empty paragraphs, lists
 * and items are left out (an empty list is an error), a break never starts or ends a paragraph
 * ("there's no line here to end"), and lists nest at most three deep (Beamer's limit; the editor
 * allows more).
 */
import type { RichText, RichTextNode } from '../../model/richText';
import { escapeLatex } from './escapeLatex';
import { latexLink } from './latexHref';
import { printableText } from './printableText';

const MAX_LIST_DEPTH = 3;
const ENUM_COUNTERS = ['enumi', 'enumii', 'enumiii'];
// \setcounter takes a TeX integer; a start beyond this is the editor's bug, not a number to print.
const MAX_START = 1_000_000;

interface Depth {
  lists: number;
  enumerates: number;
}

const isBlank = (node: RichTextNode): boolean =>
  node.type === 'hardBreak' || (node.type === 'text' && printableText(node.text ?? '').trim() === '');

function linkOf(node: RichTextNode): string | undefined {
  const link = node.type === 'text' ? node.marks?.find((mark) => mark.type === 'link') : undefined;
  return link ? String(link.attrs?.['href'] ?? '') : undefined;
}

function markedText(node: RichTextNode): string {
  let latex = escapeLatex(node.text ?? '');
  const has = (type: string) => node.marks?.some((mark) => mark.type === type) === true;
  if (has('code')) latex = `\\texttt{${latex}}`;
  if (has('italic')) latex = `\\emph{${latex}}`;
  if (has('bold')) latex = `\\textbf{${latex}}`;
  return latex;
}

function inlineNode(node: RichTextNode): string {
  if (node.type === 'text') return markedText(node);
  if (node.type === 'hardBreak') return '\\newline ';
  // Blocks inside a paragraph do not come from the editor; their text still counts.
  return inline(node.content ?? []);
}

/** Inline nodes in order; neighbours under the same link become one \href, so its address is shown once. */
function inline(nodes: readonly RichTextNode[]): string {
  const parts: string[] = [];
  for (let i = 0; i < nodes.length;) {
    const href = linkOf(nodes[i]!);
    let end = i + 1;
    while (href !== undefined && end < nodes.length && linkOf(nodes[end]!) === href) end += 1;
    const group = nodes.slice(i, end);
    const latex = group.map(inlineNode).join('');
    parts.push(href === undefined ? latex : latexLink(latex, group.map((node) => node.text ?? '').join(''), href));
    i = end;
  }
  return parts.join('');
}

function paragraph(nodes: readonly RichTextNode[]): string {
  let start = 0;
  let end = nodes.length;
  while (start < end && isBlank(nodes[start]!)) start += 1;
  while (end > start && isBlank(nodes[end - 1]!)) end -= 1;
  return inline(nodes.slice(start, end));
}

function listStart(node: RichTextNode): number {
  const start = node.attrs?.['start'];
  return typeof start === 'number' && Number.isInteger(start) && Math.abs(start) <= MAX_START ? start : 1;
}

function listItems(node: RichTextNode, depth: Depth): string[] {
  return (node.content ?? [])
    .map((item) => blocks(item.type === 'listItem' ? (item.content ?? []) : [item], depth).join('\n\n'))
    .filter((item) => item !== '');
}

/** Too deep for LaTeX: the items become paragraphs that keep their bullet or number. */
function flatList(node: RichTextNode, items: readonly string[]): string {
  const start = listStart(node);
  const marker = (i: number) => (node.type === 'orderedList' ? `${start + i}.~` : '\\textbullet{}~');
  return items.map((item, i) => `${marker(i)}${item}`).join('\n\n');
}

function list(node: RichTextNode, depth: Depth): string {
  const isOrdered = node.type === 'orderedList';
  const inner = { lists: depth.lists + 1, enumerates: depth.enumerates + (isOrdered ? 1 : 0) };
  if (inner.lists > MAX_LIST_DEPTH) return flatList(node, listItems(node, depth));
  const items = listItems(node, inner);
  if (items.length === 0) return '';
  const environment = isOrdered ? 'enumerate' : 'itemize';
  const start = listStart(node);
  const counter = isOrdered && start !== 1 ? `\\setcounter{${ENUM_COUNTERS[inner.enumerates - 1]}}{${start - 1}}\n` : '';
  return [
    `\\begin{${environment}}`,
    `${counter}${items.map((item) => `\\item ${item}`).join('\n')}`,
    `\\end{${environment}}`,
  ].join('\n');
}

function blocks(nodes: readonly RichTextNode[], depth: Depth): string[] {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'bulletList':
        case 'orderedList':
          return list(node, depth);
        case 'paragraph':
          return paragraph(node.content ?? []);
        case 'listItem':
          return blocks(node.content ?? [], depth).join('\n\n');
        default:
          // Text straight in the document is not what the editor writes, but it is still the user's.
          return paragraph([node]);
      }
    })
    .filter((block) => block !== '');
}

/** A rich-text document as LaTeX paragraphs and lists; empty when it holds no text. */
export function latexProse(doc: RichText): string {
  return blocks(doc.content, { lists: 0, enumerates: 0 }).join('\n\n');
}
