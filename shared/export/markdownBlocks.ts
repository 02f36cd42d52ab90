/*
 * Small builders of markdown blocks from user text, each escaping the text for where it lands.
 * A document is a list of blocks joined by blank lines (joinBlocks), so no block can run into
 * the next one.
 */
import { hasText, type RichText } from '../model/richText';
import { escapeHeading, escapeLines, escapeTableCell } from './escapeMarkdown';
import { proseToMarkdown } from './proseMarkdown';

/** A heading of the given level; an empty title reads "(untitled)". */
export function heading(level: 1 | 2 | 3 | 4, text: string): string {
  const escaped = escapeHeading(text);
  return `${'#'.repeat(level)} ${escaped === '' ? '(untitled)' : escaped}`;
}

/** "**Label:** text", the text kept to one paragraph; empty when the text is blank. */
export function labelled(label: string, text: string): string {
  const escaped = escapeLines(text);
  return escaped === '' ? '' : `**${label}:** ${escaped}`;
}

/** A rich-text field under a bold label line; empty when the document holds no text. */
export function labelledProse(label: string, doc: RichText): string {
  return hasText(doc) ? `**${label}**\n\n${proseToMarkdown(doc)}` : '';
}

/** A bullet list item holding escaped multi-line text. */
export function bullet(text: string, marker = '-'): string {
  return `${marker} ${escapeLines(text, ' '.repeat(marker.length + 1))}`;
}

/** A GFM task list item. */
export function task(isDone: boolean, text: string): string {
  return `- [${isDone ? 'x' : ' '}] ${escapeLines(text, '  ')}`;
}

/** A GFM table; every cell escaped, so no text can add a column or end a row. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => escapeTableCell(cell) || ' ').join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

/** Blocks joined by blank lines, empty ones dropped. */
export function joinBlocks(blocks: readonly string[]): string {
  return blocks.filter((block) => block.trim() !== '').join('\n\n');
}
