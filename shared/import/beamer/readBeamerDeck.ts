/*
 * A Beamer document read into slides: \title names the talk; every frame but the one holding
 * \titlepage is a slide, with its \frametitle (or the frame's own {title} argument), its items
 * and other text as bullets, and its \note as the speaker notes.
 */
import { DeckImportError, type DeckProgress, type DeckRead, type DeckSlide } from '../deckSlides';
import { RichTextBuilder } from '../markdown/richTextBuilder';
import { groupEnd, latexTokens, rawText, skipSpaces, type LatexToken } from './latexTokens';
import { PlainText, readLatexText } from './latexText';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function plain(tokens: readonly LatexToken[]): string {
  const sink = new PlainText();
  readLatexText(tokens, sink);
  return squash(sink.value());
}

/** The argument group after a command at `at` (spaces skipped); null when none follows. */
function argument(tokens: readonly LatexToken[], at: number): { inner: LatexToken[]; end: number } | null {
  const open = skipSpaces(tokens, at);
  if (tokens[open]?.type !== 'open') return null;
  const end = groupEnd(tokens, open);
  return { inner: tokens.slice(open + 1, end - 1), end };
}

/** An optional [..] argument starting at `at`: the index after it. */
function skipOptional(tokens: readonly LatexToken[], at: number): number {
  const open = skipSpaces(tokens, at);
  const token = tokens[open];
  if (token?.type !== 'text' || !token.text.startsWith('[')) return at;
  for (let i = open; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (t.type === 'text' && t.text.includes(']')) return i + 1;
  }
  return at;
}

function isEnvironment(tokens: readonly LatexToken[], at: number, command: 'begin' | 'end', name: string): number | null {
  const token = tokens[at];
  if (token?.type !== 'command' || token.name !== command) return null;
  const arg = argument(tokens, at + 1);
  return arg !== null && rawText(arg.inner).trim() === name ? arg.end : null;
}

interface Frame {
  tokens: LatexToken[];
  /** The title given as the frame's argument, \begin{frame}{Title}. */
  argumentTitle: LatexToken[] | null;
}

function frames(tokens: readonly LatexToken[]): Frame[] {
  const found: Frame[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const bodyStart = isEnvironment(tokens, i, 'begin', 'frame');
    if (bodyStart === null) continue;
    let at = skipOptional(tokens, bodyStart);
    let argumentTitle: LatexToken[] | null = null;
    const arg = argument(tokens, at);
    if (arg !== null) {
      argumentTitle = arg.inner;
      at = arg.end;
    }
    let end = at;
    while (end < tokens.length && isEnvironment(tokens, end, 'end', 'frame') === null) end += 1;
    found.push({ tokens: tokens.slice(at, end), argumentTitle });
    i = end;
  }
  return found;
}

function readFrame(frame: Frame, number: number): (DeckSlide & { isTitlePage: boolean }) | null {
  const { tokens } = frame;
  let title = frame.argumentTitle === null ? null : plain(frame.argumentTitle);
  const body: LatexToken[] = [];
  const notes = new RichTextBuilder();
  let isTitlePage = false;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (token.type === 'command' && (token.name === 'frametitle' || token.name === 'note')) {
      const arg = argument(tokens, skipOptional(tokens, i + 1));
      if (arg === null) continue;
      if (token.name === 'frametitle') title = plain(arg.inner);
      else {
        readLatexText(arg.inner, notes);
        notes.close('paragraph');
      }
      i = arg.end - 1;
      continue;
    }
    if (token.type === 'command' && (token.name === 'titlepage' || token.name === 'maketitle')) isTitlePage = true;
    body.push(token);
  }
  // Each item, and each paragraph outside the lists, is a bullet.
  const bullets: string[] = [];
  const sink = new PlainText();
  const flush = () => {
    const line = squash(sink.value());
    if (line !== '') bullets.push(line);
    sink.reset();
  };
  const lineSink = {
    open: () => flush(),
    close: () => flush(),
    mark: () => undefined,
    link: () => undefined,
    unlink: () => undefined,
    text: (text: string) => sink.text(text),
    hardBreak: () => sink.text(' '),
  };
  readLatexText(body, lineSink);
  flush();
  return { title: title === '' ? null : title, bullets, notes: notes.finish(), durationMs: null, number, isTitlePage };
}

/** The talk's frames as slides; the title frame names the talk. */
export function readBeamerDeck(text: string, progress?: DeckProgress): DeckRead {
  const tokens = latexTokens(text);
  const found = frames(tokens);
  if (found.length === 0)
    throw new DeckImportError(
      'This file has no Beamer frames (\\begin{frame} … \\end{frame}), so it is not a Beamer deck Viva can read.',
    );
  const titleAt = tokens.findIndex((token) => token.type === 'command' && token.name === 'title');
  const titleArg = titleAt < 0 ? null : argument(tokens, skipOptional(tokens, titleAt + 1));
  const read = found.map((frame, i) => {
    const slide = readFrame(frame, i + 1);
    progress?.(i + 1, found.length);
    return slide!;
  });
  const hasTitleSlide = read[0]?.isTitlePage === true;
  const slides = read.filter((slide) => !slide.isTitlePage).map(({ isTitlePage: _t, ...slide }) => slide);
  const title = titleArg === null ? null : plain(titleArg.inner);
  return {
    format: 'beamer',
    title: title === null || title === '' ? null : title,
    talkMs: null,
    slides,
    hiddenSkipped: 0,
    hasTitleSlide,
  };
}
