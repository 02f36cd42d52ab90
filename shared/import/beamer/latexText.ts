/*
 * LaTeX text (a frame title, an item, a \note) read back into what it prints: Viva's escapes
 * undone (\textbackslash{} → \, \{ → {, \ → a kept space…), \textbf, \emph and \texttt as marks,
 * \href as a link, \newline as a break, itemize and enumerate as lists. Commands Viva does not
 * write are dropped and their arguments read as text, so a hand-written frame still gives its words.
 */
import { hrefTarget } from '../../export/beamer/latexHref';
import type { RichTextBuilder } from '../markdown/richTextBuilder';
import { groupEnd, rawText, skipSpaces, type LatexToken } from './latexTokens';

/** Where the text goes: the rich-text builder, or a plain line. */
export type TextSink = Pick<RichTextBuilder, 'open' | 'close' | 'mark' | 'link' | 'unlink' | 'text' | 'hardBreak'>;

const SYMBOL_WORDS: Readonly<Record<string, string>> = {
  textbackslash: '\\',
  textasciitilde: '~',
  textasciicircum: '^',
  textquotesingle: "'",
  textasciigrave: '`',
  textquotedbl: '"',
  textless: '<',
  textgreater: '>',
  textbar: '|',
  textbullet: '•',
  textendash: '–',
  textemdash: '—',
  ldots: '…',
  dots: '…',
  LaTeX: 'LaTeX',
  TeX: 'TeX',
};
const MARK_COMMANDS: Readonly<Record<string, 'bold' | 'italic' | 'code'>> = {
  textbf: 'bold',
  emph: 'italic',
  textit: 'italic',
  texttt: 'code',
};
/** Commands whose arguments print nothing. */
const SILENT = new Set([
  'allowbreak',
  'setcounter',
  'label',
  'vspace',
  'hspace',
  'pause',
  'includegraphics',
  'color',
  'vivaFallback',
]);
const SIZES = new Set([
  'tiny',
  'scriptsize',
  'footnotesize',
  'small',
  'normalsize',
  'large',
  'Large',
  'LARGE',
  'huge',
  'Huge',
  'centering',
  'raggedright',
]);
const LISTS: Readonly<Record<string, 'bulletList' | 'orderedList'>> = {
  itemize: 'bulletList',
  enumerate: 'orderedList',
  description: 'bulletList',
};

/** A link's address from \href's first argument: TeX's escapes undone (the percent-encoding stays). */
function hrefAddress(tokens: readonly LatexToken[]): string {
  return rawText(tokens)
    .replace(/\\string(.)/g, '$1')
    .replace(/\\([#%&_$~])/g, '$1');
}

/** A link's printed text, trimmed: when it is the address itself, the address as typed. */
function linkedText(tokens: readonly LatexToken[]): string {
  const collector = new PlainText();
  readLatexText(tokens, collector);
  return collector.value().trim();
}

/** Reads tokens into a sink. */
export function readLatexText(tokens: readonly LatexToken[], sink: TextSink): void {
  type Close = { at: number; run: () => void };
  const closes: Close[] = [];
  let nextStart: number | null = null;
  let i = 0;
  while (i < tokens.length) {
    while (closes.length > 0 && closes.at(-1)!.at <= i) closes.pop()!.run();
    const token = tokens[i]!;
    switch (token.type) {
      case 'text': {
        sink.text(token.text);
        i += 1;
        continue;
      }
      case 'space':
        sink.text(' ');
        i += 1;
        continue;
      case 'tie':
        sink.text('\u00A0');
        i += 1;
        continue;
      case 'par':
        sink.close('paragraph');
        i += 1;
        continue;
      case 'open':
      case 'close':
        i += 1;
        continue;
      case 'command':
        break;
    }
    const name = token.name;
    i += 1;
    if (name.length === 1 && !/[A-Za-z]/.test(name)) {
      // A control symbol: \\ is a break, "\ " a space, the rest the character itself.
      if (name === '\\') sink.hardBreak();
      else if (name === ',' || name === ';' || name === ':' || name === '>') sink.text(name === ',' ? '\u2009' : ' ');
      else if (name !== '!' && name !== '-' && name !== '/') sink.text(name);
      continue;
    }
    // An empty group right after a command word only ends the word ("\textbackslash{}").
    const swallowEmpty = () => {
      if (tokens[i]?.type === 'open' && tokens[i + 1]?.type === 'close') i += 2;
    };
    if (name in SYMBOL_WORDS) {
      swallowEmpty();
      sink.text(SYMBOL_WORDS[name]!);
      continue;
    }
    if (name === 'newline' || name === 'linebreak') {
      swallowEmpty();
      sink.hardBreak();
      continue;
    }
    if (name === 'par') {
      sink.close('paragraph');
      continue;
    }
    if (SIZES.has(name)) {
      swallowEmpty();
      continue;
    }
    if (name === 'setcounter') {
      // \setcounter{enumi}{N}: the list that follows starts at N + 1.
      const first = skipSpaces(tokens, i);
      const firstEnd = groupEnd(tokens, first);
      const second = skipSpaces(tokens, firstEnd);
      const secondEnd = groupEnd(tokens, second);
      const value = Number.parseInt(rawText(tokens.slice(second + 1, secondEnd - 1)), 10);
      if (Number.isSafeInteger(value)) nextStart = value + 1;
      i = secondEnd;
      continue;
    }
    if (SILENT.has(name)) {
      swallowEmpty();
      // Skip an optional [..] and up to two groups.
      let at = skipSpaces(tokens, i);
      for (let groups = 0; groups < 2 && tokens[at]?.type === 'open'; groups += 1) at = skipSpaces(tokens, groupEnd(tokens, at));
      if (name === 'includegraphics') sink.text('[picture]');
      if (at > i && tokens[at - 1]?.type === 'space') at -= 1;
      i = name === 'allowbreak' ? i : at;
      continue;
    }
    if (name === 'begin' || name === 'end') {
      const open = skipSpaces(tokens, i);
      if (tokens[open]?.type !== 'open') continue;
      const end = groupEnd(tokens, open);
      const env = rawText(tokens.slice(open + 1, end - 1)).trim();
      i = end;
      const list = LISTS[env];
      if (list === undefined) continue;
      if (name === 'begin') sink.open(list, list === 'orderedList' ? (nextStart ?? 1) : undefined);
      else sink.close(list);
      if (name === 'begin') nextStart = null;
      continue;
    }
    if (name === 'item') {
      sink.close('listItem');
      sink.open('listItem');
      // An item's optional label, \item[x], is not Viva's.
      continue;
    }
    if (name in MARK_COMMANDS) {
      const open = skipSpaces(tokens, i);
      if (tokens[open]?.type !== 'open') continue;
      const end = groupEnd(tokens, open);
      const mark = MARK_COMMANDS[name]!;
      sink.mark(mark, true);
      closes.push({ at: end, run: () => sink.mark(mark, false) });
      i = open + 1;
      continue;
    }
    if (name === 'href' || name === 'url') {
      const open = skipSpaces(tokens, i);
      if (tokens[open]?.type !== 'open') continue;
      const addressEnd = groupEnd(tokens, open);
      const raw = rawText(tokens.slice(open + 1, addressEnd - 1));
      let address = hrefAddress(tokens.slice(open + 1, addressEnd - 1));
      if (name === 'url') {
        sink.link(address);
        sink.text(address);
        sink.unlink();
        i = addressEnd;
        continue;
      }
      const textOpen = skipSpaces(tokens, addressEnd);
      const textEnd = tokens[textOpen]?.type === 'open' ? groupEnd(tokens, textOpen) : textOpen;
      // Viva writes " (address)" after the link when its text differs: read the address as typed from there.
      const after = readAfterLink(tokens, textEnd, raw);
      if (after !== null) address = after.address;
      else if (hrefTarget(linkedText(tokens.slice(textOpen + 1, textEnd - 1))) === raw)
        address = linkedText(tokens.slice(textOpen + 1, textEnd - 1));
      sink.link(address);
      readLatexText(tokens.slice(textOpen + 1, textEnd - 1), sink);
      sink.unlink();
      if (after !== null) sink.text(after.rest);
      i = after === null ? textEnd : after.end;
      continue;
    }
    // Any other command: its name prints nothing; its arguments are read as text.
  }
  while (closes.length > 0) closes.pop()!.run();
}

/**
 * " (address)" right after a link, as Viva prints it: the first ")" after which the printed text,
 * written as a link target, is the link's own target. `rest` is what follows the ")" in its token.
 */
function readAfterLink(
  tokens: readonly LatexToken[],
  from: number,
  raw: string,
): { address: string; end: number; rest: string } | null {
  if (tokens[from]?.type !== 'space') return null;
  const start = tokens[from + 1];
  if (start?.type !== 'text' || !start.text.startsWith('(')) return null;
  const collector = new PlainText();
  for (let end = from + 1; end < tokens.length && end < from + 400; end += 1) {
    const token = tokens[end]!;
    if (token.type === 'par') return null;
    if (token.type !== 'text') continue;
    for (let p = token.text.indexOf(')'); p >= 0; p = token.text.indexOf(')', p + 1)) {
      collector.reset();
      readLatexText([...tokens.slice(from + 1, end), { type: 'text', text: token.text.slice(0, p + 1) }], collector);
      const printed = collector.value();
      if (printed.startsWith('(') && hrefTarget(printed.slice(1, -1)) === raw)
        return { address: printed.slice(1, -1), end: end + 1, rest: token.text.slice(p + 1) };
    }
  }
  return null;
}

/** A sink that keeps the printed characters only. */
export class PlainText implements TextSink {
  private parts: string[] = [];
  reset(): void {
    this.parts = [];
  }
  open(): void {
    this.parts.push(' ');
  }
  close(): void {
    this.parts.push(' ');
  }
  mark(): void {}
  link(): void {}
  unlink(): void {}
  text(text: string): void {
    this.parts.push(text);
  }
  hardBreak(): void {
    this.parts.push(' ');
  }
  value(): string {
    return this.parts.join('');
  }
}
