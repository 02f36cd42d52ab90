import { Node as ProseNode } from 'prosemirror-model';
import { proseSchema } from '../model/proseSchema';
import { backupPath } from './backupPath';
import type { BackupProblem } from './backupProblem';
import { isStackOverflow } from './isStackOverflow';
import { errorMessage } from '../text/errorMessage';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Check every rich-text document under `root` against the editor's schema: which nodes may hold
 * which (a paragraph inside a paragraph, a bare list item or an empty text node would break the
 * editor), which marks go together, and which attributes exist. The zod schema checks only the
 * names of node and mark types.
 */
export function checkRichText(root: unknown, rootPath: PropertyKey[] = []): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const walk = (value: unknown, path: PropertyKey[]): void => {
    if (Array.isArray(value)) return value.forEach((item, index) => walk(item, [...path, index]));
    if (!isRecord(value)) return;
    if (value['type'] === 'doc' && Array.isArray(value['content'])) {
      const problem = checkDoc(value);
      if (problem) problems.push({ where: backupPath(path), message: problem });
      return;
    }
    for (const [key, inner] of Object.entries(value)) walk(inner, [...path, key]);
  };
  walk(root, rootPath);
  return problems;
}

/** What is wrong with one document, or null when the editor can open it as it is. */
export function checkDoc(doc: unknown): string | null {
  const unknownAttr = findUnknownAttr(doc);
  if (unknownAttr) return `the formatted text has an attribute “${unknownAttr}” the editor does not know`;
  try {
    ProseNode.fromJSON(proseSchema, doc).check();
    return null;
  } catch (error) {
    // Out of stack is not a fault of the text: the caller decides (a worker retries in the window).
    if (isStackOverflow(error)) throw error;
    const detail = errorMessage(error);
    return `the formatted text is not laid out as the editor allows (${detail.slice(0, 120)})`;
  }
}

function findUnknownAttr(value: unknown): string | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findUnknownAttr(item);
      if (found) return found;
    }
    return null;
  }
  if (!isRecord(value)) return null;
  const type = value['type'];
  if (isRecord(value['attrs']) && typeof type === 'string') {
    // Own keys only: a type named "constructor" must not find a built-in member.
    const nodeType = Object.hasOwn(proseSchema.nodes, type) ? proseSchema.nodes[type] : undefined;
    const markType = Object.hasOwn(proseSchema.marks, type) ? proseSchema.marks[type] : undefined;
    const spec = nodeType?.spec.attrs ?? markType?.spec.attrs ?? {};
    const extra = Object.keys(value['attrs']).find((name) => !Object.hasOwn(spec, name));
    if (extra !== undefined) return extra;
  }
  return findUnknownAttr(value['content']) ?? findUnknownAttr(value['marks']);
}
