/*
 * Rich text to markdown with prosemirror-markdown's serializer, configured for Viva's schema.
 * Its own escaping misses several block starts ("1)", "+x", "=", indentation) and inline HTML,
 * so text nodes go through escapeInline instead (property-tested in test/shared/export).
 */
import { MarkdownSerializer } from 'prosemirror-markdown';
import { Node as ProseNode } from 'prosemirror-model';
import { proseSchema } from '../model/proseSchema';
import { plainText, type RichText, type RichTextNode } from '../model/richText';
import { escapeInline, escapeUrl } from './escapeMarkdown';

const serializer = new MarkdownSerializer(
  {
    doc(state, node) {
      state.renderContent(node);
    },
    paragraph(state, node) {
      state.renderInline(node);
      state.closeBlock(node);
    },
    bulletList(state, node, parent, index) {
      const marker = isSecondOfPair(parent, index) ? '*' : '-';
      state.renderList(node, '  ', () => `${marker} `);
    },
    orderedList(state, node, parent, index) {
      const start = typeof node.attrs['start'] === 'number' ? node.attrs['start'] : 1;
      const width = String(start + node.childCount - 1).length;
      const delimiter = isSecondOfPair(parent, index) ? ')' : '.';
      state.renderList(node, ' '.repeat(width + 2), (i) => `${String(start + i).padStart(width, ' ')}${delimiter} `);
    },
    listItem(state, node) {
      state.renderContent(node);
    },
    hardBreak(state, node, parent, index) {
      // A break with nothing after it would end the paragraph with a stray backslash.
      for (let i = index + 1; i < parent.childCount; i += 1) {
        if (parent.child(i).type !== node.type) return state.write('\\\n');
      }
    },
    text(state, node, parent, index) {
      const text = escapeInline(node.text ?? '', isLineStart(parent, index));
      state.text(guardEmphasisEdges(text, node, parent, index), false);
    },
  },
  {
    // `_` for italic so that it never merges with the `**` of bold into one ambiguous `***` run.
    italic: { open: '_', close: '_', mixable: true, expelEnclosingWhitespace: true },
    bold: { open: '**', close: '**', mixable: true, expelEnclosingWhitespace: true },
    link: {
      open: '[',
      close: (_state, mark) => `](${escapeUrl(String(mark.attrs['href'] ?? ''))})`,
      mixable: true,
    },
    code: {
      open: (_state, _mark, parent, index) => backticks(parent.child(index).text ?? '', 'open'),
      close: (_state, _mark, parent, index) => backticks(parent.child(index - 1).text ?? '', 'close'),
      escape: false,
    },
  },
  // hardBreakNodeName is left unset on purpose: its look-ahead skips the node after a break and
  // keeps bold open over trailing spaces ("**a **"). Breaks carry no marks here instead.
  {},
);

/**
 * Two lists of the same kind in a row would merge into one in markdown; alternating the marker
 * ("-" then "*", "1." then "1)") keeps them apart.
 */
function isSecondOfPair(parent: ProseNode, index: number): boolean {
  let run = 0;
  while (index - run - 1 >= 0 && parent.child(index - run - 1).type === parent.child(index).type) run += 1;
  return run % 2 === 1;
}

/** Whether nothing but spaces comes before this child on its line (markdown drops those spaces). */
function isLineStart(parent: ProseNode, index: number): boolean {
  for (let i = index - 1; i >= 0; i -= 1) {
    const child = parent.child(i);
    if (child.type.name === 'hardBreak') return true;
    if ((child.text ?? '').trim() !== '') return false;
  }
  return true;
}

const isWordChar = (char: string | undefined): boolean => char !== undefined && /[^\s!-/:-@[-`{-~]/u.test(char);
const entity = (char: string): string => `&#${char.codePointAt(0)};`;

/** Which emphasis delimiters sit between two neighbours because `to` carries them and `from` does not. */
function emphasisBetween(from: ProseNode, to: ProseNode): { bold: boolean; italic: boolean } {
  const added = (name: string) => to.marks.some((mark) => mark.type.name === name && !mark.isInSet(from.marks));
  return { bold: added('bold'), italic: added('italic') };
}

/**
 * CommonMark only lets a delimiter run open or close where it is "flanking": `a**-b**` is not
 * bold (a letter outside, punctuation inside), and `a_b_` is not italic (letters on both sides).
 * Where that would happen, the letter outside the run is written as a character reference
 * (`&#97;`): it reads the same, and counts as punctuation.
 */
function needsGuard(between: { bold: boolean; italic: boolean }, inside: string): boolean {
  if (between.italic) return true;
  return between.bold && isPunctuation(inside);
}

/** Which ends of the text node at `index` are written as character references. */
function guardedEnds(node: ProseNode, parent: ProseNode, index: number, depth = 0): { first: boolean; last: boolean } {
  const next = index + 1 < parent.childCount ? parent.child(index + 1) : null;
  const previous = index > 0 ? parent.child(index - 1) : null;
  // A run opens after this node (or closes before it), and this node is outside it. The
  // neighbour's edge is what markdown will see there: punctuation when the neighbour's own edge
  // character is guarded (`**&#97;_!_**` needs its opening `**` guarded in turn).
  const nextEdge = next?.isText === true && depth === 0 && guardedFirstChar(next, parent, index + 1) ? '&' : null;
  const previousEdge = previous?.isText === true && depth === 0 && guardedLastChar(previous, parent, index - 1) ? ';' : null;
  const last = next?.isText === true && needsGuard(emphasisBetween(node, next), nextEdge ?? edgeChar(next, 'first'));
  const first =
    previous?.isText === true && needsGuard(emphasisBetween(node, previous), previousEdge ?? edgeChar(previous, 'last'));
  return { first, last };
}

function textChars(node: ProseNode): string[] {
  return Array.from(node.text ?? '');
}

function guardedFirstChar(node: ProseNode, parent: ProseNode, index: number): boolean {
  if (node.marks.some((mark) => mark.type.name === 'link' || mark.type.name === 'code')) return false;
  const chars = textChars(node);
  const ends = guardedEnds(node, parent, index, 1);
  return isWordChar(chars[0]) && (ends.first || (chars.length === 1 && ends.last));
}

function guardedLastChar(node: ProseNode, parent: ProseNode, index: number): boolean {
  if (node.marks.some((mark) => mark.type.name === 'link' || mark.type.name === 'code')) return false;
  const chars = textChars(node);
  const ends = guardedEnds(node, parent, index, 1);
  return isWordChar(chars.at(-1)) && (ends.last || (chars.length === 1 && ends.first));
}

function guardEmphasisEdges(text: string, node: ProseNode, parent: ProseNode, index: number): string {
  if (text === '') return text;
  const { first: guardFirst, last: guardLast } = guardedEnds(node, parent, index);
  // Most text sits next to no emphasis edge: skip splitting it into characters (10,000 words).
  if (!guardLast && !guardFirst) return text;
  const chars = Array.from(text);
  const last = chars.length - 1;
  return chars
    .map((char, i) => (((i === last && guardLast) || (i === 0 && guardFirst)) && isWordChar(char) ? entity(char) : char))
    .join('');
}

/** The character markdown sees at a node's edge: a link's `[` or `)`, a code span's backtick, or the text's own. */
function edgeChar(node: ProseNode, side: 'first' | 'last'): string {
  if (node.marks.some((mark) => mark.type.name === 'link' || mark.type.name === 'code')) return side === 'first' ? '[' : ')';
  const chars = Array.from(node.text ?? '');
  return (side === 'first' ? chars[0] : chars.at(-1)) ?? '';
}

function isPunctuation(char: string): boolean {
  return char.trim() !== '' && !/[\p{L}\p{N}]/u.test(char);
}

/** Backticks one longer than the longest run inside; padded with a space when the code touches a backtick. */
function backticks(code: string, side: 'open' | 'close'): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const needsSpace = longest > 0 || code.startsWith(' ') || code.endsWith(' ');
  if (!needsSpace) return fence;
  return side === 'open' ? `${fence} ` : ` ${fence}`;
}

/**
 * Markdown cannot hold an empty paragraph: left in, one would end a list item early (a blank
 * line after "- ") and push what follows out of the list.
 */
function withoutEmptyParagraphs(nodes: readonly RichTextNode[]): RichTextNode[] {
  return nodes.flatMap((node) => {
    if (node.type === 'paragraph') {
      if (plainText({ type: 'doc', content: [node] }).trim() === '') return [];
      return [{ ...node, content: withoutLeadingSpaces(node.content ?? []) }];
    }
    return node.content ? [{ ...node, content: withoutEmptyParagraphs(node.content) }] : [node];
  });
}

/**
 * Spaces at the start of a line mean nothing in markdown but could indent it into a code block,
 * and the serializer moves spaces out of bold and italic, past the escaping: drop them here.
 */
function withoutLeadingSpaces(inline: readonly RichTextNode[]): RichTextNode[] {
  let atLineStart = true;
  return inline
    .map((node) => withoutEmphasisOnSpaces(withLineEndsAsSpaces(node)))
    .flatMap((node) => {
      if (node.type === 'hardBreak') {
        atLineStart = true;
        return [{ type: 'hardBreak' }];
      }
      if (!atLineStart) return [node];
      const text = (node.text ?? '').trimStart();
      if (text === '') return [];
      atLineStart = false;
      return [{ ...node, text }];
    });
}

/**
 * A line end inside text reads as a space (escapeInline writes one), but the serializer moves
 * whitespace out of bold and italic with a multiline pattern that stops at "\r" or U+2028 and
 * drops the rest of the text (bold "-\t\u2028 <" came out as "**\-**"): the space is written first.
 */
function withLineEndsAsSpaces(node: RichTextNode): RichTextNode {
  if (node.type !== 'text' || !/[\r\n\u2028\u2029]/.test(node.text ?? '')) return node;
  return { ...node, text: (node.text ?? '').replace(/[\r\n\u2028\u2029]+/g, ' ') };
}

/** Bold or italic spaces look like any spaces, and the serializer mishandles them (it leaves "** **" open). */
function withoutEmphasisOnSpaces(node: RichTextNode): RichTextNode {
  if (node.type !== 'text' || (node.text ?? '').trim() !== '' || !node.marks) return node;
  const marks = node.marks.filter((mark) => mark.type !== 'bold' && mark.type !== 'italic');
  return marks.length > 0 ? { ...node, marks } : { type: 'text', text: node.text ?? '' };
}

/** A rich-text document as markdown blocks; empty when it holds no text. */
export function proseToMarkdown(doc: RichText): string {
  const node = ProseNode.fromJSON(proseSchema, { ...doc, content: withoutEmptyParagraphs(doc.content) });
  return serializer.serialize(node, { tightLists: true }).trim();
}
