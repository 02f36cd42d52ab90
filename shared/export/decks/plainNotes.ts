/*
 * Rich-text notes as plain text, for a presenter view that shows notes as typed characters (Marp
 * shows a comment's text as it is, markdown and all): paragraphs, "- " and "1. " list items, and a
 * link's address in brackets after its text when the two differ. Nothing is escaped, since
 * nothing here is read as markup.
 */
import { hasText, type RichText, type RichTextNode } from '../../model/richText';
import { withoutEmptyItems } from './withoutEmptyItems';

interface OpenLink {
  href: string;
  text: string;
}

function linkHref(node: RichTextNode): string | null {
  const href = node.marks?.find((mark) => mark.type === 'link')?.attrs?.['href'];
  return typeof href === 'string' ? href : null;
}

/** " (address)" after a link, unless its text already says it. */
function addressAfter(link: OpenLink): string {
  const text = link.text.trim();
  return link.href === text || link.href === `mailto:${text}` ? '' : ` (${link.href})`;
}

function inlineText(nodes: readonly RichTextNode[]): string {
  let out = '';
  let link = null as OpenLink | null;
  for (const node of nodes) {
    const href = linkHref(node);
    // A link may run over several text nodes (part of it bold): its address follows the last one.
    if (link !== null && href !== link.href) {
      out += addressAfter(link);
      link = null;
    }
    const text = node.type === 'hardBreak' ? '\n' : (node.text ?? '');
    if (href !== null) link = { href, text: (link?.text ?? '') + text };
    out += text;
  }
  return link === null ? out : out + addressAfter(link);
}

function listLines(list: RichTextNode): string[] {
  const start = typeof list.attrs?.['start'] === 'number' ? list.attrs['start'] : 1;
  return (list.content ?? []).flatMap((item, i) => {
    const marker = list.type === 'orderedList' ? `${start + i}. ` : '- ';
    const lines = blocks(item.content ?? []).flat();
    return lines.map((line, j) => (j === 0 ? marker : ' '.repeat(marker.length)) + line);
  });
}

/** Each block's lines; blocks with no text are left out. */
function blocks(nodes: readonly RichTextNode[]): string[][] {
  return nodes.flatMap((node) => {
    if (!hasText({ type: 'doc', content: [node] })) return [];
    if (node.type === 'paragraph') return [inlineText(node.content ?? []).split('\n')];
    return [listLines(node)];
  });
}

/** A rich-text document as plain text that reads as typed; empty when it holds no text. */
export function plainNotes(doc: RichText): string {
  return blocks(withoutEmptyItems(doc).content)
    .map((lines) => lines.join('\n'))
    .join('\n\n');
}
