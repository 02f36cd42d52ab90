/*
 * Marp's speaker notes: every HTML comment of a slide that Marp does not take as settings
 * (a YAML "directive: value" comment) or as a lint marker. Marp shows the comment's text as
 * typed, so it is read as plain text: paragraphs at blank lines, "- " and "1. " lines as list
 * items (as Viva writes lists there), other lines as line breaks. Viva's own guards come off: the
 * zero-width space before a ">" that followed dashes, and the last line holding only one.
 */
import type { RichText } from '../../model/richText';
import { MARP_DIRECTIVES, MARP_MAGIC_COMMENTS } from '../../export/decks/marpDirectives';
import { noteDocument, plainRun, type Inline, type NoteBlock } from './noteBlocks';

const DIRECTIVES = new Set(MARP_DIRECTIVES);
const MAGIC = MARP_MAGIC_COMMENTS;

/** Whether Marp reads the comment as settings: every line a "directive: value" (a "_" scopes it to one slide). */
function isSettings(comment: string): boolean {
  const trimmed = comment.trim();
  if (trimmed === '') return true;
  if (MAGIC.some((magic) => magic.test(trimmed))) return true;
  return trimmed.split('\n').every((line) => {
    const colon = line.indexOf(':');
    if (colon <= 0) return false;
    return DIRECTIVES.has(line.slice(0, colon).trim().replace(/^_/, ''));
  });
}

const ITEM = /^(- |(\d{1,9})\. )/;

/** A comment's plain text as blocks. */
function blocks(text: string): NoteBlock[] {
  const out: NoteBlock[] = [];
  let current: { block: NoteBlock; indent: number } | null = null;
  for (const line of text.split('\n')) {
    // A blank line ends the block, but one indented under a list item's text is a break in that item.
    const inItem = current !== null && current.block.list !== null && line !== '' && line.startsWith(' '.repeat(current.indent));
    if (line.trim() === '' && !inItem) {
      current = null;
      continue;
    }
    const item = ITEM.exec(line);
    // "- " with nothing after it is text that happens to start like a list (Marp shows it as is).
    if (item && line.slice(item[0].length).trim() !== '') {
      const number = item[2] === undefined ? 0 : Number.parseInt(item[2], 10);
      const block: NoteBlock = {
        list: { ordered: item[2] !== undefined, number },
        continues: false,
        inlines: [plainRun(line.slice(item[0].length))],
      };
      out.push(block);
      current = { block, indent: item[0].length };
      continue;
    }
    if (current !== null) {
      const inlines: Inline[] = [
        'break',
        plainRun(current.block.list !== null && line.startsWith(' '.repeat(current.indent)) ? line.slice(current.indent) : line),
      ];
      current.block.inlines.push(...inlines);
      continue;
    }
    const block: NoteBlock = { list: null, continues: false, inlines: [plainRun(line)] };
    out.push(block);
    current = { block, indent: 0 };
  }
  return out;
}

/** The slide's notes from its comments, in order. */
export function marpCommentNotes(comments: readonly string[]): RichText {
  const notes = comments
    .filter((comment) => !isSettings(comment))
    .map((comment) => {
      const lines = comment.replace(/^\n/, '').replace(/\n$/, '').split('\n');
      if (lines.length > 1 && lines.at(-1) === '\u200B') lines.pop();
      return lines.join('\n').replace(/(-{2,})\u200B>/g, '$1>');
    });
  return noteDocument(notes.flatMap(blocks));
}
