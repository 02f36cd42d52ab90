/*
 * Speaker notes for Slidev, which renders them as markdown (markdown-it) and shows the HTML with
 * v-html, so Vue never evaluates them. The shared escaping keeps markdown syntax literal; Slidev
 * also reads three things in the raw text: a comment ends at the first "-->", "[click]" or
 * "[click:2]" is a click marker, and `$…$` is maths once the deck holds any. Outside code spans
 * these are broken with escapes or character references, which show the same character; inside
 * a code span everything shows as written, so a zero-width space goes there.
 */
import type { RichText } from '../../model/richText';
import { proseToMarkdown } from '../proseMarkdown';
import { withoutEmptyItems } from './withoutEmptyItems';

type Segments = { isCode: boolean; text: string }[];

const ZWSP = '\u200B';

/**
 * The markdown cut into code spans and the rest. The escaping writes every literal backtick as
 * "\`", so an unescaped run of backticks opens a code span, closed by the next run as long.
 */
function segments(markdown: string): Segments {
  const parts: Segments = [];
  let text = '';
  let i = 0;
  while (i < markdown.length) {
    if (markdown[i] === '\\') {
      text += markdown.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (markdown[i] !== '`') {
      text += markdown[i];
      i += 1;
      continue;
    }
    let run = 1;
    while (markdown[i + run] === '`') run += 1;
    const close = new RegExp(`(?<!\`)\`{${run}}(?!\`)`, 'g');
    close.lastIndex = i + run;
    const end = close.exec(markdown);
    if (end === null) {
      text += markdown.slice(i, i + run);
      i += run;
      continue;
    }
    parts.push({ isCode: false, text }, { isCode: true, text: markdown.slice(i, end.index + run) });
    text = '';
    i = end.index + run;
  }
  return [...parts, { isCode: false, text }];
}

function outsideCode(text: string): string {
  return (
    text
      // Every "$" here is unescaped (the escaping leaves it alone); a pair of backslashes before one is an escaped "\".
      .replace(/(?<!\\)((?:\\\\)*)\$/g, '$1\\$')
      .replace(/--(?=>)/g, '-\\-')
      // Only a link's text can hold "[click]" unescaped: its "c" as a character reference shows the same.
      .replace(/\[(c)(?=lick(?::\d+)?\])/gi, (_m, c: string) => `[&#${c.charCodeAt(0)};`)
  );
}

function insideCode(code: string): string {
  return code.replace(/--(?=>)/g, `--${ZWSP}`).replace(/\[(?=click(?::\d+)?\])/gi, `[${ZWSP}`);
}

/** A beat's notes as markdown Slidev shows as typed; list items with no text are left out. */
export function slidevNotes(doc: RichText): string {
  return segments(proseToMarkdown(withoutEmptyItems(doc)))
    .map((part) => (part.isCode ? insideCode(part.text) : outsideCode(part.text)))
    .join('');
}
