/*
 * Test support: a .pptx read back the way another program would, with a zip reader and an XML
 * parser and nothing from the writer. Slides come in presentation order (presentation.xml's slide
 * list, through its relationships), each with the text of its title placeholder, the paragraphs of
 * its body placeholder, the layout it uses, and its notes page's text and run formatting.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';

export interface ReadRun {
  text: string;
  isBold: boolean;
  isItalic: boolean;
  /** The run's own Latin typeface, if it sets one. */
  font: string | null;
}

export interface ReadParagraph {
  /** The runs' text joined; a line break reads "\n". */
  text: string;
  runs: ReadRun[];
  /** The bullet character the paragraph sets itself, if any. */
  bullet: string | null;
}

export interface ReadSlide {
  path: string;
  /** The text of the title placeholder ("" when there is none). */
  title: string;
  /** The body placeholder's paragraphs, empty ones left out. */
  bullets: string[];
  body: ReadParagraph[];
  layout: { name: string; placeholders: string[] };
  /** The notes body's paragraphs joined by "\n" ("" when empty). */
  notes: string;
  notesParagraphs: ReadParagraph[];
}

export interface ReadDeck {
  slides: ReadSlide[];
  /** Every part's path (no folders), e.g. "ppt/slides/slide1.xml". */
  parts: string[];
  /** The text of every XML part (.xml and .rels), decoded strictly as UTF-8. */
  xml: Map<string, string>;
  /** The slide and notes page sizes, in EMU (914,400 to the inch). */
  slideSize: Size;
  notesSize: Size;
  /** [Content_Types].xml: Override part names (without the leading "/") and Default extensions. */
  overrides: string[];
  defaults: string[];
}

export interface Size {
  cx: number;
  cy: number;
}

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
});

/** Reads a .pptx file's slides, notes and parts. Throws if a part is not well-formed XML or not UTF-8. */
export async function readPptx(bytes: Uint8Array): Promise<ReadDeck> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.values(zip.files)
    .filter((file) => !file.dir)
    .map((file) => file.name);
  const xml = new Map<string, string>();
  for (const path of parts.filter((p) => /\.(xml|rels)$/.test(p))) {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await zip.file(path)!.async('uint8array'));
    const valid = XMLValidator.validate(text);
    if (valid !== true) throw new Error(`${path} is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
    xml.set(path, text);
  }
  const doc = (path: string): XmlNode[] => {
    const text = xml.get(path);
    if (text === undefined) throw new Error(`The package has no part ${path}.`);
    return parser.parse(text) as XmlNode[];
  };

  const types = root(doc('[Content_Types].xml'), 'Types');
  const presentation = root(doc('ppt/presentation.xml'), 'p:presentation');
  const presentationRels = relationships(doc, 'ppt/presentation.xml');
  const slidePaths = all(child(presentation, 'p:sldIdLst'), 'p:sldId').map((sldId) => {
    const target = presentationRels.get(attr(sldId, 'r:id'));
    if (target === undefined) throw new Error(`presentation.xml names a slide ${attr(sldId, 'r:id')} with no relationship.`);
    return target.path;
  });

  return {
    slides: slidePaths.map((path) => readSlide(doc, path)),
    slideSize: size(child(presentation, 'p:sldSz')),
    notesSize: size(child(presentation, 'p:notesSz')),
    parts,
    xml,
    overrides: all(types, 'Override').map((o) => attr(o, 'PartName').replace(/^\//, '')),
    defaults: all(types, 'Default').map((d) => attr(d, 'Extension')),
  };
}

function size(node: XmlNode): Size {
  return { cx: Number(attr(node, 'cx')), cy: Number(attr(node, 'cy')) };
}

function readSlide(doc: (path: string) => XmlNode[], path: string): ReadSlide {
  const rels = [...relationships(doc, path).values()];
  const shapes = shapesOf(root(doc(path), 'p:sld'));
  const title = shapes.find((s) => ['title', 'ctrTitle'].includes(placeholderType(s) ?? ''));
  const body = shapes.find((s) => ['body', 'subTitle', 'obj'].includes(placeholderType(s) ?? ''));
  const bodyParagraphs = body ? paragraphsOf(body) : [];
  const layoutPath = rels.find((r) => r.type.endsWith('/slideLayout'))?.path;
  const layout = layoutPath ? root(doc(layoutPath), 'p:sldLayout') : null;
  const notesPath = rels.find((r) => r.type.endsWith('/notesSlide'))?.path;
  const notesBody = notesPath ? shapesOf(root(doc(notesPath), 'p:notes')).find((s) => placeholderType(s) === 'body') : undefined;
  const notesParagraphs = notesBody ? paragraphsOf(notesBody) : [];
  const notes = notesParagraphs.map((p) => p.text).join('\n');
  return {
    path,
    title: title
      ? paragraphsOf(title)
          .map((p) => p.text)
          .join('\n')
      : '',
    bullets: bodyParagraphs.map((p) => p.text).filter((text) => text !== ''),
    body: bodyParagraphs,
    layout: {
      name: layout ? attr(child(layout, 'p:cSld'), 'name') : '',
      placeholders: layout ? shapesOf(layout).flatMap((s) => placeholderType(s) ?? []) : [],
    },
    notes: notes.trim() === '' ? '' : notes,
    notesParagraphs,
  };
}

/** The relationships of a part, by id, targets resolved to package paths. */
function relationships(doc: (path: string) => XmlNode[], partPath: string): Map<string, { type: string; path: string }> {
  const slash = partPath.lastIndexOf('/');
  const dir = partPath.slice(0, slash + 1);
  const relsPath = `${dir}_rels/${partPath.slice(slash + 1)}.rels`;
  const map = new Map<string, { type: string; path: string }>();
  for (const rel of all(root(doc(relsPath), 'Relationships'), 'Relationship')) {
    if (attrOrNull(rel, 'TargetMode') === 'External') continue;
    map.set(attr(rel, 'Id'), { type: attr(rel, 'Type'), path: resolvePath(dir, attr(rel, 'Target')) });
  }
  return map;
}

function resolvePath(dir: string, target: string): string {
  const segments = target.startsWith('/') ? [] : dir.split('/').filter((s) => s !== '');
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/** The shapes of a slide, layout or notes page, those inside groups included. */
function shapesOf(part: XmlNode): XmlNode[] {
  const tree = child(child(part, 'p:cSld'), 'p:spTree');
  const walk = (group: XmlNode): XmlNode[] => [...all(group, 'p:sp'), ...all(group, 'p:grpSp').flatMap(walk)];
  return walk(tree);
}

/** A shape's placeholder type ("obj" when it names none, as the standard says), or null if it is no placeholder. */
function placeholderType(shape: XmlNode): string | null {
  const ph = childOrNull(childOrNull(childOrNull(shape, 'p:nvSpPr'), 'p:nvPr'), 'p:ph');
  return ph ? (attrOrNull(ph, 'type') ?? 'obj') : null;
}

function paragraphsOf(shape: XmlNode): ReadParagraph[] {
  const txBody = childOrNull(shape, 'p:txBody');
  return (txBody ? all(txBody, 'a:p') : []).map((p) => {
    const runs = children(p).flatMap((run): ReadRun[] => {
      if ('a:br' in run) return [{ text: '\n', isBold: false, isItalic: false, font: null }];
      if (!('a:r' in run) && !('a:fld' in run)) return [];
      const rPr = childOrNull(run, 'a:rPr');
      const latin = childOrNull(rPr, 'a:latin');
      return [
        {
          text: textOf(child(run, 'a:t')),
          isBold: rPr !== null && isOn(attrOrNull(rPr, 'b')),
          isItalic: rPr !== null && isOn(attrOrNull(rPr, 'i')),
          font: latin ? attr(latin, 'typeface') : null,
        },
      ];
    });
    const buChar = childOrNull(childOrNull(p, 'a:pPr'), 'a:buChar');
    return { text: runs.map((r) => r.text).join(''), runs, bullet: buChar ? attr(buChar, 'char') : null };
  });
}

const isOn = (value: string | null) => value === '1' || value === 'true';

function textOf(node: XmlNode): string {
  return children(node)
    .map((node) => (typeof node['#text'] === 'string' ? node['#text'] : ''))
    .join('');
}

function tagOf(node: XmlNode): string {
  return Object.keys(node).find((key) => key !== ':@') ?? '';
}

function children(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

/** The top-level element named `tag` of a parsed document. */
function root(nodes: XmlNode[], tag: string): XmlNode {
  const found = nodes.find((node) => tagOf(node) === tag);
  if (!found) throw new Error(`Expected a <${tag}> document.`);
  return found;
}

/** The children named `tag` of an element. */
function all(parent: XmlNode, tag: string): XmlNode[] {
  return children(parent).filter((node) => tagOf(node) === tag);
}

function childOrNull(parent: XmlNode | null, tag: string): XmlNode | null {
  return parent ? (all(parent, tag)[0] ?? null) : null;
}

function child(parent: XmlNode, tag: string): XmlNode {
  const found = childOrNull(parent, tag);
  if (!found) throw new Error(`Expected a <${tag}> in <${tagOf(parent)}>.`);
  return found;
}

function attrOrNull(node: XmlNode, name: string): string | null {
  const attrs = node[':@'] as Record<string, string> | undefined;
  return attrs?.[name] ?? null;
}

function attr(node: XmlNode, name: string): string {
  const value = attrOrNull(node, name);
  if (value === null) throw new Error(`<${tagOf(node)}> has no ${name} attribute.`);
  return value;
}
