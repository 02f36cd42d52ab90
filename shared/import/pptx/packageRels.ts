/*
 * OOXML relationships: which part a slide list entry, a notes page or a hyperlink points to.
 */
import { attr, childrenNamed, parseXml, path, type XmlNode } from './xmlTree';

export interface Relationship {
  type: string;
  target: string;
  isExternal: boolean;
}

/** The .rels part of a part: ppt/slides/slide1.xml → ppt/slides/_rels/slide1.xml.rels. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relative target resolved against the folder of the part that names it. */
export function resolveTarget(part: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const segments = part.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/** The relationships of a part by id; none when it has no .rels. */
export function readRels(part: string, xml: string | null): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  if (xml === null) return rels;
  const root = path(parseXml(xml, relsPathOf(part)), 'Relationships');
  if (root === undefined) return rels;
  for (const rel of childrenNamed(root as XmlNode, 'Relationship')) {
    const id = attr(rel, 'Id');
    const target = attr(rel, 'Target');
    if (id === undefined || target === undefined) continue;
    const isExternal = attr(rel, 'TargetMode') === 'External';
    rels.set(id, { type: attr(rel, 'Type') ?? '', target: isExternal ? target : resolveTarget(part, target), isExternal });
  }
  return rels;
}
