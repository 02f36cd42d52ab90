/*
 * fast-xml-parser's ordered tree of an OOXML part, and the few ways of walking it the readers
 * need. Elements are found by their qualified names (p:sp, a:t): PowerPoint, Keynote, Google
 * Slides and LibreOffice all write the standard prefixes.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DeckImportError } from '../deckSlides';

export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
});

/** The part's top-level nodes; a part that is not XML is a damaged file. */
export function parseXml(text: string, name: string): XmlNode[] {
  // The parser is lenient (an unclosed element is closed for it); the validator is not.
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    throw new DeckImportError(`This PowerPoint file is damaged: its part “${name.slice(0, 80)}” is not well-formed XML.`);
  try {
    return parser.parse(text) as XmlNode[];
  } catch {
    throw new DeckImportError(`This PowerPoint file is damaged: its part “${name.slice(0, 80)}” is not well-formed XML.`);
  }
}

/** The element's qualified name, or "#text". */
export function tagOf(node: XmlNode): string {
  return Object.keys(node).find((key) => key !== ':@') ?? '';
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

export function attr(node: XmlNode, name: string): string | undefined {
  const attrs = node[':@'] as Record<string, unknown> | undefined;
  const value = attrs?.[name];
  return typeof value === 'string' ? value : undefined;
}

export function textOf(node: XmlNode): string {
  return childrenOf(node)
    .map((child) => (tagOf(child) === '#text' ? String(child['#text']) : ''))
    .join('');
}

export function child(nodes: readonly XmlNode[] | XmlNode, tag: string): XmlNode | undefined {
  const list = Array.isArray(nodes) ? nodes : childrenOf(nodes as XmlNode);
  return list.find((node) => tagOf(node) === tag);
}

export function childrenNamed(nodes: readonly XmlNode[] | XmlNode, tag: string): XmlNode[] {
  const list = Array.isArray(nodes) ? nodes : childrenOf(nodes as XmlNode);
  return list.filter((node) => tagOf(node) === tag);
}

/** The element at the end of a path of tags, or undefined. */
export function path(from: readonly XmlNode[] | XmlNode, ...tags: string[]): XmlNode | undefined {
  let at: readonly XmlNode[] | XmlNode | undefined = from;
  for (const tag of tags) {
    if (at === undefined) return undefined;
    at = child(at, tag);
  }
  return at as XmlNode | undefined;
}

/** Markup-compatibility blocks: the content meant for readers that know no extensions. */
export function resolvedAlternate(node: XmlNode): XmlNode[] {
  if (tagOf(node) !== 'mc:AlternateContent') return [node];
  const fallback = child(node, 'mc:Fallback');
  const chosen = fallback ?? child(node, 'mc:Choice');
  return chosen === undefined ? [] : childrenOf(chosen);
}
