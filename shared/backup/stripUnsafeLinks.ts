import { isSafeHref } from '../model/safeHref';
import { backupPath } from './backupPath';
import type { BackupProblem } from './backupProblem';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isUnsafeLink(mark: unknown): boolean {
  if (!isRecord(mark) || mark['type'] !== 'link') return false;
  const href = isRecord(mark['attrs']) ? mark['attrs']['href'] : undefined;
  return typeof href !== 'string' || !isSafeHref(href);
}

/**
 * Remove every link whose target is not an http(s) or mailto address (javascript:, data:,
 * file:…) from the rich text anywhere in a parsed file, keeping the linked words. Works in place
 * on freshly parsed JSON, before validation; says what it removed and where (the document's path).
 */
export function stripUnsafeLinks(root: unknown): BackupProblem[] {
  const notes: BackupProblem[] = [];
  const walk = (value: unknown, path: PropertyKey[], docPath: PropertyKey[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...path, index], docPath));
      return;
    }
    if (!isRecord(value)) return;
    const here = value['type'] === 'doc' ? path : docPath;
    const marks = value['marks'];
    if (Array.isArray(marks) && marks.some(isUnsafeLink)) {
      const removed = marks.filter(isUnsafeLink).map(describeHref);
      value['marks'] = marks.filter((mark) => !isUnsafeLink(mark));
      notes.push({
        where: backupPath(here),
        message: `removed a link to ${removed.join(', ')}: only web and mailto links are kept`,
      });
    }
    for (const [key, inner] of Object.entries(value)) walk(inner, [...path, key], here);
  };
  walk(root, [], []);
  return notes;
}

function describeHref(mark: unknown): string {
  const href = isRecord(mark) && isRecord(mark['attrs']) ? mark['attrs']['href'] : undefined;
  return typeof href === 'string' ? `“${href.slice(0, 60)}${href.length > 60 ? '…' : ''}”` : 'nowhere';
}
