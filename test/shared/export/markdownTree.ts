/*
 * Test helpers: a document's structure as a comparable tree, built from a Viva rich-text doc and
 * from markdown parsed by markdown-it, so tests can check that serializing kept every block,
 * every line and every formatted character where it was.
 */
import MarkdownIt from 'markdown-it';
type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];
import type { RichText, RichTextNode } from '../../../shared/model/richText';

export type Block = { type: 'paragraph'; lines: string[] } | { type: 'bulletList' | 'orderedList'; items: Block[][] };

const markdown = new MarkdownIt('commonmark', { html: true }).enable(['table', 'strikethrough']);

/** One character with its marks, written "c{bold,italic}"; spaces carry no marks (they may move out of them). */
function charKey(char: string, marks: readonly string[]): string {
  return char.trim() === '' || marks.length === 0 ? char : `${char}{${[...marks].sort().join(',')}}`;
}

function tidyLines(lines: string[][]): string[] {
  const text = lines.map((line) => line.join('').replace(/\s+/g, ' ').trim());
  while (text.length > 0 && text[text.length - 1] === '') text.pop();
  return text;
}

function nodeMarks(node: RichTextNode): string[] {
  return (node.marks ?? []).map((m) => (m.type === 'link' ? `link:${String(m.attrs?.['href'])}` : m.type));
}

/** The tree of a Viva document: empty paragraphs dropped (markdown cannot hold them). */
export function treeOfDoc(doc: RichText): Block[] {
  const blocks = (nodes: readonly RichTextNode[]): Block[] =>
    nodes.flatMap((node): Block[] => {
      if (node.type === 'paragraph') {
        const lines: string[][] = [[]];
        for (const inline of node.content ?? []) {
          if (inline.type === 'hardBreak') lines.push([]);
          else for (const char of inline.text ?? '') lines[lines.length - 1]!.push(charKey(char, nodeMarks(inline)));
        }
        const tidy = tidyLines(lines);
        return tidy.join('') === '' ? [] : [{ type: 'paragraph', lines: tidy }];
      }
      const type = node.type === 'orderedList' ? 'orderedList' : 'bulletList';
      return [{ type, items: (node.content ?? []).map((item) => blocks(item.content ?? [])) }];
    });
  return blocks(doc.content);
}

function inlineLines(children: readonly Token[]): string[] {
  const lines: string[][] = [[]];
  const marks: string[] = [];
  for (const token of children) {
    if (token.type === 'hardbreak' || token.type === 'softbreak') lines.push([]);
    else if (token.type === 'strong_open') marks.push('bold');
    else if (token.type === 'em_open') marks.push('italic');
    else if (token.type === 'link_open') marks.push(`link:${decodeURI(String(token.attrGet('href') ?? ''))}`);
    else if (token.type.endsWith('_close')) marks.pop();
    else if (token.type === 'code_inline')
      for (const char of token.content) lines[lines.length - 1]!.push(charKey(char, [...marks, 'code']));
    else if (token.type === 'text') for (const char of token.content) lines[lines.length - 1]!.push(charKey(char, marks));
    else lines[lines.length - 1]!.push(`<${token.type}>`);
  }
  return tidyLines(lines);
}

/** The tree of markdown as markdown-it reads it; any other block (heading, code, quote, html) shows up by name. */
export function treeOfMarkdown(source: string): Block[] {
  const tokens = markdown.parse(source, {});
  let i = 0;
  const readBlocks = (closing: string | null): Block[] => {
    const out: Block[] = [];
    while (i < tokens.length && tokens[i]!.type !== closing) {
      const token = tokens[i++]!;
      if (token.type === 'paragraph_open') {
        out.push({ type: 'paragraph', lines: inlineLines(tokens[i]!.children ?? []) });
        i += 2;
      } else if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
        const type = token.type === 'bullet_list_open' ? 'bulletList' : 'orderedList';
        const close = token.type.replace('_open', '_close');
        const items: Block[][] = [];
        while (tokens[i]!.type === 'list_item_open') {
          i += 1;
          items.push(readBlocks('list_item_close'));
          i += 1;
        }
        if (tokens[i]!.type !== close) throw new Error(`unexpected ${tokens[i]!.type}`);
        i += 1;
        out.push({ type, items });
      } else out.push({ type: 'paragraph', lines: [`<${token.type}>`] });
    }
    return out;
  };
  return readBlocks(null);
}
