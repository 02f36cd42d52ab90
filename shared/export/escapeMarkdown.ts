/*
 * Escaping user text for GitHub-flavoured markdown, so that no text can change the document's
 * structure: it can never open a heading, list, quote, code block, table cell, HTML tag, link
 * or emphasis. Backslash escapes are valid before any ASCII punctuation (CommonMark 2.4).
 */

// Significant anywhere on a line. `_` too, even inside a word ("snake_case"): the exporter writes
// italic with `_`, and a neighbour written as a character reference could make it a delimiter.
const INLINE = /[\\`*_[\]~|]/g;
// "<" opens HTML, a comment or an autolink before a letter, "/", "!" or "?", and an email autolink
// before a digit or most punctuation ("<0@b.org>"); at the end of the text, markup the writer puts
// next can do it ("<**_@0>_**"). There it becomes "&lt;", which no raw-text reader (Slidev's notes,
// HTML) can take for a tag; "p < 0.05" stays as typed.
const TAG_START = /<(?=[A-Za-z0-9/!?.#$%&'*+=^_`{|}~-]|$)/g;
// "&amp;" or "&#38;" would turn into a character; a lone "&" is fine.
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;

/**
 * Text escaped to stay literal inline. With `atLineStart`, also what would start a block at the
 * beginning of a line (#, -, +, =, >, "1." and "1)", indentation). Leading spaces are
 * dropped: markdown ignores them, and they could otherwise indent code or break lines.
 */
export function escapeInline(text: string, atLineStart = true): string {
  const line = text.replace(/[\r\n\u2028\u2029]+/g, ' ');
  const trimmed = atLineStart ? line.trimStart() : line;
  const escaped = trimmed.replace(INLINE, '\\$&').replace(ENTITY, '\\&').replace(TAG_START, '&lt;');
  if (!atLineStart) return escaped;
  return escaped.replace(/^[#\-+=>]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Text for a heading line: also every `#`, since trailing ones would close the heading. */
export function escapeHeading(text: string): string {
  // Nothing starts a block after "## ", so line-start escapes are not needed (they would show in TOCs).
  return escapeInline(text.trim(), false).replace(/#/g, '\\#');
}

/**
 * Multi-line text as one markdown paragraph (or list item body): each line escaped as a line
 * start, joined with hard breaks; blank lines are dropped so the paragraph stays one block.
 * `indent` prefixes continuation lines (inside list items).
 */
export function escapeLines(text: string, indent = ''): string {
  const lines = text
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line) => escapeInline(line))
    .filter((line) => line !== '');
  return lines.join(`\\\n${indent}`);
}

/** Text for a GFM table cell: one line, pipes escaped, line breaks as <br>. */
export function escapeTableCell(text: string): string {
  const lines = text
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line) => escapeInline(line))
    .filter((line) => line !== '');
  return lines.join('<br>');
}

/** A link target kept literal inside (…): spaces, parentheses and angle brackets percent-encoded. */
export function escapeUrl(url: string): string {
  return url.replace(/[\s()<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
