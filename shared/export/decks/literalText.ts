/*
 * One line of slide text (a title, a bullet) as markdown that a deck tool shows exactly as typed.
 * escapeInline already stops markdown syntax; each tool then reads more into plain text:
 * - every tool links bare addresses (Marp and Slidev through markdown-it's linkify, reveal.js
 *   through marked's GFM autolinks): "a@b.org", "http://…", "//host", "www.…";
 * - Marp and Slidev render `$…$` as maths;
 * - Marp turns `:name:` into an emoji picture (after its own unescaping, so only markup splits it);
 * - Slidev's markdown has the typographer on ("--" → "–", "(c)" → "©", "..." → "…", "don't" →
 *   "don’t") and Vue evaluates `{{ … }}`.
 * A backslash before ASCII punctuation shows the character itself and splits the text where
 * these rules look, so most patterns are broken with one; the other two need markup.
 */
import { escapeInline } from '../escapeMarkdown';
import type { SlideFlavour } from './slideFlavour';

interface Unit {
  /** The markdown written for one character. */
  md: string;
  /** The character it shows. */
  ch: string;
}

// What escapeInline writes: a backslash escape, "&lt;", or a character as it is.
const UNIT = /\\[\s\S]|&lt;|[\s\S]/gu;
const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;

function units(markdown: string): Unit[] {
  return Array.from(markdown.matchAll(UNIT), ([md]) => ({
    md,
    ch: md === '&lt;' ? '<' : md.length === 2 && md.startsWith('\\') ? md.slice(1) : md,
  }));
}

/** Whether a link or a typographic rule would read this character (given what shows before it). */
function mustEscape(ch: string, before: string, flavour: SlideFlavour, isHeading: boolean): boolean {
  const previous = before.slice(-1);
  if (ch === '@' || (ch === '/' && previous === '/') || (ch === '.' && /www$/i.test(before))) return true;
  if (ch === '#' && isHeading) return true;
  if (ch === '$' && flavour !== 'reveal') return true;
  if (flavour !== 'slidev') return false;
  // markdown-it's smart quotes turn a lone ' into ’ whatever quotes are set, and its replacements
  // read "+-", "..", "????", "!!!!", ",,", "--", "(c)", "(tm)", "(r)".
  if (ch === "'" || ch === '"' || ('.,?!-'.includes(ch) && previous === ch)) return true;
  return (ch === '-' && previous === '+') || (ch === ')' && /\((?:c|tm|r)$/i.test(before));
}

/** Markup that splits the text with nothing shown: Marp's emoji shortcodes, Slidev's Vue braces. */
function withMarkup(parts: readonly Unit[], flavour: SlideFlavour): string {
  if (flavour === 'marp') {
    return parts
      .map((u, i) => (u.ch === ':' && /^[\w+-]$/.test(parts[i + 1]?.ch ?? '') ? `${u.md}<span></span>` : u.md))
      .join('');
  }
  const markdown = parts.map((u) => u.md).join('');
  // Vue reads "{{" as the start of an expression; v-pre makes it skip what the span holds.
  return flavour === 'slidev' ? markdown.replace(/\{{2,}/g, '<span v-pre>$&</span>') : markdown;
}

/**
 * A line of user text as markdown the given tool shows literally: at a line start by default
 * (the text may start a list item or paragraph); `isHeading` also escapes every `#`.
 */
export function literalText(text: string, flavour: SlideFlavour, isHeading = false): string {
  const parts = units(escapeInline(isHeading ? text.trim() : text));
  let before = '';
  const escaped = parts.map((u) => {
    const md =
      u.md.length === 1 && ASCII_PUNCTUATION.test(u.ch) && mustEscape(u.ch, before, flavour, isHeading) ? `\\${u.ch}` : u.md;
    before += u.ch;
    return { md, ch: u.ch };
  });
  return withMarkup(escaped, flavour);
}
