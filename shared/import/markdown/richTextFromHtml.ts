/*
 * Speaker notes written as HTML (reveal.js notes as Viva writes them, or HTML inside markdown
 * notes) as rich text. The HTML is parsed with fast-xml-parser in its lenient HTML mode (void
 * tags such as <br> unpaired, entities decoded); text that is not well-formed comes in as
 * plain text, every character kept.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { RichTextBuilder } from './richTextBuilder';

const VOID_TAGS = ['br', 'hr', 'img', 'wbr', 'input', 'meta', 'link', 'source', 'col', 'area', 'base', 'embed', 'param', 'track'];

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
  unpairedTags: VOID_TAGS,
});

type XmlNode = Record<string, unknown>;

const BLOCKS: Record<string, 'paragraph' | 'bulletList' | 'orderedList' | 'listItem'> = {
  p: 'paragraph',
  div: 'paragraph',
  ul: 'bulletList',
  ol: 'orderedList',
  li: 'listItem',
  h1: 'paragraph',
  h2: 'paragraph',
  h3: 'paragraph',
  h4: 'paragraph',
  h5: 'paragraph',
  h6: 'paragraph',
  blockquote: 'paragraph',
  pre: 'paragraph',
};
const MARKS: Record<string, 'bold' | 'italic' | 'code'> = { strong: 'bold', b: 'bold', em: 'italic', i: 'italic', code: 'code' };

/** Whether the text parses as HTML well enough to read as such. */
export function isReadableHtml(html: string): boolean {
  return XMLValidator.validate(`<root>${html}</root>`, { unpairedTags: VOID_TAGS, allowBooleanAttributes: true }) === true;
}

/** Adds the HTML's blocks and text to the builder; with `false` when it was not readable (nothing added). */
export function addHtml(builder: RichTextBuilder, html: string): boolean {
  if (!isReadableHtml(html)) return false;
  const tree = parser.parse(`<root>${html}</root>`) as XmlNode[];
  const root = tree.find((node) => 'root' in node);
  const children = (root?.['root'] as XmlNode[] | undefined) ?? [];
  // An explicit stack of what is left to visit: no recursion however deep the HTML nests.
  type Step = { node: XmlNode } | { close: () => void };
  const steps: Step[] = children.map((node) => ({ node })).reverse();
  while (steps.length > 0) {
    const step = steps.pop()!;
    if ('close' in step) {
      step.close();
      continue;
    }
    const { node } = step;
    if ('#text' in node) {
      builder.text(String(node['#text']).replace(/[\r\n]+/g, ' '));
      continue;
    }
    const tag = Object.keys(node).find((key) => key !== ':@');
    if (tag === undefined) continue;
    const name = tag.toLowerCase();
    const attrs = (node[':@'] as Record<string, string> | undefined) ?? {};
    const inner = (node[tag] as XmlNode[] | undefined) ?? [];
    if (name === 'br') {
      builder.hardBreak();
      continue;
    }
    if (name === 'script' || name === 'style') continue;
    let close: (() => void) | null = null;
    const block = BLOCKS[name];
    const mark = MARKS[name];
    if (block !== undefined) {
      const start = Number.parseInt(attrs['start'] ?? '1', 10);
      builder.open(block, Number.isSafeInteger(start) ? start : 1);
      close = () => builder.close(block);
    } else if (mark !== undefined) {
      builder.mark(mark, true);
      close = () => builder.mark(mark, false);
    } else if (name === 'a') {
      builder.link(typeof attrs['href'] === 'string' ? attrs['href'] : null);
      close = () => builder.unlink();
    }
    if (close !== null) steps.push({ close });
    for (let i = inner.length - 1; i >= 0; i -= 1) steps.push({ node: inner[i]! });
  }
  return true;
}
