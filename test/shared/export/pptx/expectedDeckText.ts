/*
 * Test oracle: what a deck should say, worked out from the story by rules written down here, not
 * by calling the writer. User text loses the characters XML 1.0 forbids (judged code point by code
 * point, not by the writer's pattern); a blank title reads "(untitled)"; blank bullets go; notes
 * are one line per paragraph or list item, with markers, and "text (address)" for links.
 */
import type { Beat } from '../../../../shared/model/outline';
import type { RichTextNode } from '../../../../shared/model/richText';

/** Whether a code point is a Char in the XML 1.0 grammar. */
export function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

/** The text with every code point XML forbids left out (a lone surrogate is its own code point here). */
export function xmlChars(text: string): string {
  let kept = '';
  for (const char of text) if (isXmlChar(char.codePointAt(0)!)) kept += char;
  return kept;
}

/** A one-line field as a slide holds it: a carriage return is a space there. */
export function expectedLine(text: string): string {
  return xmlChars(text).split('\r\n').join(' ').split('\r').join(' ').split('\n').join(' ');
}

export function expectedTitle(title: string): string {
  const line = expectedLine(title);
  return line.trim() === '' ? '(untitled)' : line;
}

export function expectedBullets(beat: Beat): string[] {
  return beat.bullets.map(expectedLine).filter((bullet) => bullet.trim() !== '');
}

/**
 * A notes line: its text ("\n" for a line break) and, character by character, its formatting as a
 * digit: 1 bold, 2 italic, 4 code, added up ("0" for plain, markers, addresses and breaks).
 */
export interface NotesLine {
  text: string;
  format: string;
}

interface Piece extends NotesLine {
  /** Whether the line came from a paragraph directly in the item (not from a nested list). */
  isDirect: boolean;
}

/** The notes of a beat, line by line, as the notes pane should hold them. */
export function expectedNotes(beat: Beat): NotesLine[] {
  return blockLines(beat.notes.content).map(({ text, format }) => ({ text, format }));
}

function blockLines(nodes: readonly RichTextNode[]): Piece[] {
  const lines: Piece[] = [];
  for (const node of nodes) {
    if (node.type === 'bulletList' || node.type === 'orderedList') {
      const start = typeof node.attrs?.['start'] === 'number' ? node.attrs['start'] : 1;
      (node.content ?? []).forEach((item, i) => {
        const marker = node.type === 'orderedList' ? `${start + i}. ` : '• ';
        lines.push(...itemLines(item, marker).map((line) => ({ ...line, isDirect: false })));
      });
    } else if (node.type === 'paragraph') {
      const line = paragraphLine(node.content ?? []);
      if (line.text.trim() !== '') lines.push({ ...line, isDirect: true });
    }
  }
  return lines;
}

function itemLines(item: RichTextNode, marker: string): Piece[] {
  const lines = blockLines(item.content ?? []);
  const plainMarker = { text: marker, format: '0'.repeat(marker.length) };
  const first = lines[0];
  if (first === undefined || !first.isDirect) return [{ ...plainMarker, isDirect: true }, ...lines];
  return [{ text: marker + first.text, format: plainMarker.format + first.format, isDirect: true }, ...lines.slice(1)];
}

function paragraphLine(inlines: readonly RichTextNode[]): NotesLine {
  let text = '';
  let format = '';
  const add = (piece: string, digit: string) => {
    text += piece;
    format += digit.repeat(piece.length);
  };
  // The open link: consecutive nodes linking to one address are one link, its address after it.
  const open: { link: { href: string; text: string } | null } = { link: null };
  const endLink = (next: string | null) => {
    const link = open.link;
    if (link === null || link.href === next) return;
    const shown = link.text.trim();
    if (link.href !== '' && shown !== link.href && `mailto:${shown}` !== link.href) add(` (${link.href})`, '0');
    open.link = null;
  };
  for (const node of inlines) {
    const mark = (type: string) => (node.marks ?? []).find((m) => m.type === type);
    const href = mark('link') ? expectedLine(String(mark('link')!.attrs?.['href'] ?? '')) : null;
    endLink(href);
    if (node.type === 'hardBreak') {
      add('\n', '0');
      continue;
    }
    const digit = String((mark('bold') ? 1 : 0) + (mark('italic') ? 2 : 0) + (mark('code') ? 4 : 0));
    const piece = xmlChars(node.text ?? '');
    for (const [i, part] of piece.split(/\r\n|\r|\n/).entries()) {
      if (i > 0) add('\n', '0');
      add(part, digit);
    }
    if (href !== null) open.link = { href, text: (open.link?.text ?? '') + piece };
  }
  endLink(null);
  return { text, format };
}
