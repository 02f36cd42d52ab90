/*
 * Marp, Slidev and reveal.js decks: the deck cut into slides (splitSlides), each slide's markdown
 * read with markdown-it (its first heading is the title; every other paragraph, list item, table
 * row or picture is a bullet), and the notes as each tool writes them — Marp: the slide's HTML
 * comments that are not settings, as plain text; Slidev: the comment that ends the slide, as
 * markdown; reveal.js: what follows a "Note:" line, as markdown or HTML, and the slide's
 * data-timing.
 */
import MarkdownIt, { type MarkdownIt as Md, type Token } from 'markdown-it';
import { emptyDoc, hasText, type RichText } from '../../model/richText';
import { DeckImportError, type DeckProgress, type DeckRead, type DeckSlide } from '../deckSlides';
import { marpCommentNotes } from './marpCommentNotes';
import { richTextFromMarkdown } from './richTextFromMarkdown';
import { splitSlides } from './splitSlides';
import { MINUTE_MS, secondsToMs } from '../../time/duration';

export type MarkdownFlavour = 'marp' | 'slidev' | 'reveal';

/** CommonMark with tables, HTML allowed (it is read, never shown), no typographer, no linkify. */
function markdownIt(): Md {
  return new MarkdownIt('default', { html: true, linkify: false, typographer: false });
}

/** The words an inline token shows: text, code and escapes; tags are markup, a picture is "[picture]". */
function inlineText(token: Token): string {
  let text = '';
  for (const child of token.children ?? []) {
    if (child.type === 'text' || child.type === 'text_special' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' ';
    else if (child.type === 'image') text += '[picture]';
    else if (child.type === 'html_inline' && /^<br\s*\/?>$/i.test(child.content)) text += ' ';
  }
  return text;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

interface SlideBody {
  title: string | null;
  bullets: string[];
  /** HTML comments in the slide, in order, with their text. */
  comments: string[];
  /** Whether the slide holds a list (a title slide has none). */
  hasList: boolean;
}

function commentText(html: string): string | null {
  const trimmed = html.trim();
  if (!trimmed.startsWith('<!--') || !trimmed.endsWith('-->')) return null;
  return trimmed.slice(4, -3);
}

function readSlideBody(md: Md, markdown: string): SlideBody {
  const tokens = md.parse(markdown, {});
  let title: string | null = null;
  const bullets: string[] = [];
  const comments: string[] = [];
  let hasList = false;
  let inHeading = false;
  let row: string[] | null = null;
  for (const token of tokens) {
    switch (token.type) {
      case 'heading_open':
        inHeading = true;
        break;
      case 'heading_close':
        inHeading = false;
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        hasList = true;
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        if (row !== null && row.some((cell) => cell !== '')) bullets.push(row.filter((cell) => cell !== '').join(' · '));
        row = null;
        break;
      case 'inline': {
        const text = oneLine(inlineText(token));
        if (row !== null) row.push(text);
        else if (inHeading && title === null) title = text;
        else if (text !== '') bullets.push(text);
        break;
      }
      case 'fence':
      case 'code_block': {
        const text = oneLine(token.content);
        if (text !== '') bullets.push(text);
        break;
      }
      case 'html_block': {
        const comment = commentText(token.content);
        if (comment !== null) comments.push(comment);
        break;
      }
      default:
        break;
    }
    // Comments may also sit inside a paragraph.
    for (const child of token.children ?? []) {
      if (child.type !== 'html_inline') continue;
      const comment = commentText(child.content);
      if (comment !== null) comments.push(comment);
    }
  }
  return { title, bullets, comments, hasList };
}

/** reveal.js's notes separator as reveal.js 6 matches it: a line that starts with "Note:" or "Notes:" (no indent). */
function revealNotesAt(lines: readonly string[]): number {
  return lines.findIndex((line) => /^notes?:/i.test(line));
}

/** reveal.js's per-slide settings comment, "<!-- .slide: data-timing="60" -->": the timing (written in seconds). */
function revealTimingMs(comments: readonly string[]): number | null {
  for (const comment of comments) {
    const text = comment.trim();
    if (!text.startsWith('.slide:')) continue;
    const at = text.indexOf('data-timing=');
    if (at < 0) continue;
    const value = text.slice(at + 'data-timing='.length).replace(/^["']/, '');
    const seconds = Number.parseFloat(value);
    if (Number.isFinite(seconds) && seconds >= 0) return secondsToMs(Math.round(seconds));
  }
  return null;
}

/** Slidev: the slide's last comment, when nothing follows it, is its notes (comments run from "<!--" to the next "-->"). */
function slidevNotes(md: Md, markdown: string): { body: string; notes: RichText } {
  const trimmed = markdown.trimEnd();
  let last: { start: number; end: number } | null = null;
  for (let at = trimmed.indexOf('<!--'); at >= 0;) {
    const end = trimmed.indexOf('-->', at + 4);
    if (end < 0) break;
    last = { start: at, end: end + 3 };
    at = trimmed.indexOf('<!--', end + 3);
  }
  if (last === null || last.end !== trimmed.length) return { body: markdown, notes: emptyDoc() };
  return { body: trimmed.slice(0, last.start), notes: richTextFromMarkdown(md, trimmed.slice(last.start + 4, last.end - 3)) };
}

function readSlide(md: Md, flavour: MarkdownFlavour, markdown: string, number: number): DeckSlide & { hasList: boolean } {
  let body = markdown;
  let notes: RichText = emptyDoc();
  if (flavour === 'slidev') ({ body, notes } = slidevNotes(md, markdown));
  if (flavour === 'reveal') {
    const lines = markdown.split('\n');
    const at = revealNotesAt(lines);
    if (at >= 0) {
      body = lines.slice(0, at).join('\n');
      const first = lines[at]!.replace(/^notes?:/i, '');
      notes = richTextFromMarkdown(md, [first, ...lines.slice(at + 1)].join('\n'));
    }
  }
  const read = readSlideBody(md, body);
  if (flavour === 'marp') notes = marpCommentNotes(read.comments);
  const durationMs = flavour === 'reveal' ? revealTimingMs(read.comments) : null;
  return { title: read.title, bullets: read.bullets, notes, durationMs, number, hasList: read.hasList };
}

/** Slidev's duration setting ("20min", "1h", "90s", or minutes as a number), to the whole minute. */
function durationMs(value: string | undefined): number | null {
  if (value === undefined) return null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(h|min|m|s)?\s*$/i.exec(value);
  if (!match) return null;
  const amount = Number.parseFloat(match[1]!);
  const unit = (match[2] ?? 'min').toLowerCase();
  const minutes = unit === 'h' ? amount * 60 : unit === 's' ? amount / 60 : amount;
  return minutes > 0 ? Math.max(1, Math.round(minutes)) * MINUTE_MS : null;
}

/** A markdown deck of the given tool, read into slides. */
export function readMarkdownDeck(text: string, flavour: MarkdownFlavour, progress?: DeckProgress): DeckRead {
  const md = markdownIt();
  const split = splitSlides(text, flavour === 'slidev');
  if (split.slides.length === 0)
    throw new DeckImportError('This file holds no slides: there is no text between its “---” separators.');
  const slides = split.slides.map((markdown, i) => {
    const slide = readSlide(md, flavour, markdown, i + 1);
    progress?.(i + 1, split.slides.length);
    return slide;
  });
  if (slides.every((slide) => slide.title === null && slide.bullets.length === 0))
    throw new DeckImportError('This file has no slide with a heading or any text, so it is not a deck Viva can read.');
  const first = slides[0]!;
  const hasTitleSlide = first.title !== null && !first.hasList && first.bullets.length <= 1 && !hasText(first.notes);
  const title = hasTitleSlide ? first.title : (split.head.get('title') ?? null);
  return {
    format: flavour,
    title: title === null || title.trim() === '' ? null : title,
    talkMs: durationMs(split.head.get('duration')),
    slides: (hasTitleSlide ? slides.slice(1) : slides).map(({ hasList: _hasList, ...slide }) => slide),
    hiddenSkipped: 0,
    hasTitleSlide,
  };
}
