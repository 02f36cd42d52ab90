/*
 * Building blocks for speaker notes pulled from a story: a labelled stretch of rich text, and a
 * short slide bullet from the start of a longer text.
 */
import { docFromText, hasText, plainText, type RichText, type RichTextNode } from '../model/richText';

/** A piece of a section to pull into notes: a lead-in label and the text it introduces. */
export interface NotesPart {
  label: string;
  text: RichText | string;
  /** Italic lead-in instead of bold, for a remark that belongs to the part before. */
  isAside?: boolean;
}

/** Longest slide bullet made from a longer text, in characters. */
export const BULLET_LENGTH = 120;

function asDoc(text: RichText | string): RichText {
  return typeof text === 'string' ? docFromText(text) : text;
}

/** Whether a part holds any words. */
export function partHasText(part: NotesPart): boolean {
  return hasText(asDoc(part.text));
}

/** The blocks of a part, its label set in front of the first paragraph (or above a leading list). */
function partBlocks({ label, text, isAside }: NotesPart): RichTextNode[] {
  const blocks = asDoc(text).content.filter((block) => hasText({ type: 'doc', content: [block] }));
  const lead: RichTextNode = { type: 'text', text: `${label}. `, marks: [{ type: isAside ? 'italic' : 'bold' }] };
  const [first, ...rest] = blocks;
  if (first?.type === 'paragraph') return [{ ...first, content: [lead, ...(first.content ?? [])] }, ...rest];
  return [{ type: 'paragraph', content: [{ ...lead, text: `${label}:` }] }, ...blocks];
}

/** A document of the parts that hold text, in order; an empty document when none does. */
export function notesFromParts(parts: readonly NotesPart[]): RichText {
  const content = parts.filter(partHasText).flatMap(partBlocks);
  return content.length === 0 ? { type: 'doc', content: [{ type: 'paragraph' }] } : { type: 'doc', content };
}

/** A bulleted list of plain lines, as one block of notes. */
export function listPart(label: string, lines: readonly string[]): NotesPart {
  const items = lines.filter((line) => line.trim() !== '');
  if (items.length === 0) return { label, text: '' };
  const list: RichTextNode = {
    type: 'bulletList',
    content: items.map((line) => ({
      type: 'listItem',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: line }] }],
    })),
  };
  return { label, text: { type: 'doc', content: [list] } };
}

/** Words a full stop follows without ending the sentence. */
const ABBREVIATIONS = /(?:^|[\s(])(?:e\.g|i\.e|vs|etc|al|cf|approx|fig|eq|no)\.$/i;

function firstSentence(text: string): string {
  for (const match of text.matchAll(/[.!?](?=\s|$)/g)) {
    const end = match.index + 1;
    // Only the last few characters can hold an abbreviation: testing the whole prefix at every
    // full stop took quadratic time. Nine reach past "approx." and the space before it.
    if (!ABBREVIATIONS.test(text.slice(Math.max(0, end - 9), end))) return text.slice(0, end);
  }
  return text;
}

/** The first sentence of a text on one line, cut at a word boundary when long: a slide bullet. */
export function bulletFrom(text: RichText | string, prefix = ''): string {
  const flat = (typeof text === 'string' ? text : plainText(text)).replace(/\s+/g, ' ').trim();
  if (flat === '') return '';
  const sentence = firstSentence(flat);
  const line = `${prefix}${sentence.replace(/[.]$/, '')}`;
  if (line.length <= BULLET_LENGTH) return line;
  const cut = line.slice(0, BULLET_LENGTH - 1);
  const atWord = cut.lastIndexOf(' ') > BULLET_LENGTH / 2 ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
  return `${atWord.replace(/[\s,;:—-]+$/, '')}…`;
}
