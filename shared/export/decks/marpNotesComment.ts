/*
 * A slide's speaker notes as the HTML comment Marp reads them from. Marp's presenter view shows
 * the comment's text as it is, so the notes go in as plain text. Two things would still lose them:
 * a "-->" ends the comment early, and Marp takes a comment that parses as YAML naming one of its
 * directives ("paginate: false", "style: …") as settings, and a few lint comments
 * ("prettier-ignore") as markers, dropping either from the notes.
 */
import type { RichText } from '../../model/richText';
import { MARP_DIRECTIVES, MARP_MAGIC_COMMENTS } from './marpDirectives';
import { plainNotes } from './plainNotes';

const DIRECTIVE_NAME = new RegExp(`(?:^|[^A-Za-z0-9])(?:${MARP_DIRECTIVES.join('|')})(?![A-Za-z0-9])`);
// A YAML mapping needs a ":", a "{" or a "? " key; a backslash may spell a key in a quoted escape.
const MAY_BE_MAPPING = /[:{]|^\s*\?/m;

function mayBeTakenAsSettings(notes: string): boolean {
  const trimmed = notes.trim();
  if (MARP_MAGIC_COMMENTS.some((magic) => magic.test(trimmed))) return true;
  return MAY_BE_MAPPING.test(notes) && (DIRECTIVE_NAME.test(notes) || notes.includes('\\'));
}

/**
 * The beat's notes as a Marp comment; empty when there are none. A "-->" gets a zero-width space
 * before its ">", and notes Marp could take as settings get a last line holding only a zero-width
 * space: YAML cannot read a line without a colon after a mapping, nor Marp match a lint marker, so
 * the text stays notes (shown with an empty-looking last line).
 */
export function marpNotesComment(doc: RichText): string {
  const notes = plainNotes(doc).replace(/(-{2,})>/g, '$1\u200B>');
  if (notes.trim() === '') return '';
  return `<!--\n${mayBeTakenAsSettings(notes) ? `${notes}\n\u200B` : notes}\n-->`;
}
