/*
 * Escaping user text for LaTeX, so that it prints exactly as typed: it can never run a command,
 * open or close a group, start math, a comment, an alignment cell or an option, and no pair of
 * characters can join into a typographic ligature (-- as a dash, '' as a curly quote, << as «).
 * The commands used exist in pdflatex's T1/TS1 encodings and in xelatex/lualatex's TU encoding.
 */
import { printableText } from './printableText';

const SYMBOLS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '#': '\\#',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // Typed quotes stay straight: T1 fonts print ' and ` as curly quotes, and `` and '' as double ones.
  "'": '\\textquotesingle{}',
  '`': '\\textasciigrave{}',
  '"': '\\textquotedbl{}',
  // T1 fonts join << and >> into guillemets.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
  // Right after \item or \\ a bracket would open an optional argument.
  '[': '{[}',
  ']': '{]}',
};

// Pairs the fonts join into one glyph: -- and --- (dashes), ,, (a low double quote).
const LIGATURE_STARTS = new Set(['-', ',']);

/** A run of this many characters without a space may be broken at punctuation, so a URL wraps. */
const SOFT_RUN = 12;
/** A run of this many characters is broken anyway, so no word runs off the slide. */
const HARD_RUN = 24;
const BREAK_AFTER = new Set('/\\.,;:?!&=_-)]}>|+#@');
const COMBINING = /^\p{M}$/u;

function escapeChar(char: string, next: string | undefined): string {
  if (LIGATURE_STARTS.has(char) && next === char) return `${char}{}`;
  return SYMBOLS[char] ?? char;
}

function mayBreakAfter(char: string, run: number, next: string | undefined): boolean {
  if (next === undefined || next === ' ' || COMBINING.test(next)) return false;
  return run >= HARD_RUN || (run >= SOFT_RUN && BREAK_AFTER.has(char));
}

/**
 * User text as LaTeX that prints it as typed (see printableText for what is dropped). A run of
 * spaces keeps its width, and long runs without a space get invisible break points.
 */
export function escapeLatex(text: string): string {
  const chars = Array.from(printableText(text));
  let out = '';
  let run = 0;
  chars.forEach((char, i) => {
    const next = chars[i + 1];
    if (char === ' ') {
      // TeX folds a run of spaces into one; control spaces keep the others.
      out += chars[i - 1] === ' ' ? '\\ ' : ' ';
      run = 0;
      return;
    }
    out += escapeChar(char, next);
    run += 1;
    if (mayBreakAfter(char, run, next)) {
      out += '\\allowbreak{}';
      run = 0;
    }
  });
  return out;
}
