/*
 * A slide or a notes page has a fixed size (128 × 96 mm) and LaTeX does not shrink text to fit:
 * what does not fit runs off the page, where nobody sees it. So the exporter picks the largest
 * font size whose estimated line count fits, from the lengths of the lines it writes. The
 * figures (characters per line, lines per page at each size) were measured on pages of the
 * deck's Helvetica, and rounded down.
 */

interface Size {
  command: string;
  charsPerLine: number;
  linesPerPage: number;
}

/** On a notes page, paragraphs are half a line apart. */
const PARAGRAPH_GAP = 0.5;

const SIZES: Readonly<Record<'slide' | 'note', readonly Size[]>> = {
  slide: [
    // Beamer's \small spaces items further apart: more characters a line, but fewer lines.
    { command: '', charsPerLine: 48, linesPerPage: 15 },
    { command: '\\small', charsPerLine: 54, linesPerPage: 14 },
    { command: '\\footnotesize', charsPerLine: 60, linesPerPage: 17 },
    { command: '\\scriptsize', charsPerLine: 70, linesPerPage: 23 },
  ],
  note: [
    { command: '\\small', charsPerLine: 58, linesPerPage: 20 },
    { command: '\\footnotesize', charsPerLine: 66, linesPerPage: 23 },
    { command: '\\scriptsize', charsPerLine: 76, linesPerPage: 27 },
    { command: '\\tiny', charsPerLine: 102, linesPerPage: 37 },
  ],
};

function lineCount(kind: 'slide' | 'note', lengths: readonly number[], charsPerLine: number): number {
  const lines = lengths.reduce((sum, length) => sum + Math.max(1, Math.ceil(length / charsPerLine)), 0);
  return kind === 'note' ? lines + PARAGRAPH_GAP * Math.max(0, lengths.length - 1) : lines;
}

/**
 * The size command (with a trailing newline, or '' for the normal size) that fits paragraphs or
 * bullets of these lengths on a slide or notes page; `fits` is false when even the smallest does
 * not, and the command is then the smallest size.
 */
export function fittingSize(kind: 'slide' | 'note', lengths: readonly number[]): { command: string; fits: boolean } {
  const sizes = SIZES[kind];
  const size = sizes.find((candidate) => lineCount(kind, lengths, candidate.charsPerLine) <= candidate.linesPerPage);
  const chosen = size ?? sizes[sizes.length - 1]!;
  return { command: chosen.command === '' ? '' : `${chosen.command}\n`, fits: size !== undefined };
}
