/*
 * Quoted text is someone else's words (a reviewer's "state of the art", a paper's title), so
 * rules that judge the user's own claims read the text with every quotation blanked out.
 *
 * A scanner, not regular expressions: /“[^”\n]*”/g retries from every opening mark of a long
 * run with no closing one, which takes quadratic time. Each pass below reads the text once.
 */

interface QuotePair {
  open: string;
  close: string;
  /**
   * Single quotes double as apostrophes: such a quotation opens only at the start or after a
   * space or bracket, and closes only before a non-letter.
   */
  isApostrophe: boolean;
}

const PAIRS: readonly QuotePair[] = [
  { open: '“', close: '”', isApostrophe: false },
  { open: '"', close: '"', isApostrophe: false },
  { open: '«', close: '»', isApostrophe: false },
  { open: '`', close: '`', isApostrophe: false },
  { open: '‘', close: '’', isApostrophe: true },
  { open: "'", close: "'", isApostrophe: true },
];

const canOpenAfter = (char: string | undefined): boolean => char === undefined || /[\s([{]/u.test(char);
const isLetterOrDigit = (text: string, at: number): boolean =>
  at < text.length && /[\p{L}\p{N}]/u.test(String.fromCodePoint(text.codePointAt(at)!));

/** The text with each quotation of one kind (marks included) replaced by spaces of the same length. */
function blankPair(text: string, { open, close, isApostrophe }: QuotePair): string {
  const parts: string[] = [];
  let kept = 0;
  let at = 0;
  while (at < text.length) {
    const start = text.indexOf(open, at);
    if (start === -1) break;
    if (isApostrophe && !canOpenAfter(text[start - 1])) {
      at = start + 1;
      continue;
    }
    // The first closing mark or line break after the opening one decides: quotations stay on one line.
    let stop = start + 1;
    while (stop < text.length && text[stop] !== close && text[stop] !== '\n') stop++;
    const isClosed = stop < text.length && text[stop] === close && !(isApostrophe && isLetterOrDigit(text, stop + 1));
    if (!isClosed) {
      // No opening mark before `stop` can close either; a mark at `stop` may open the next quotation.
      at = open === close && stop < text.length && text[stop] === close ? stop : stop + 1;
      continue;
    }
    parts.push(text.slice(kept, start), ' '.repeat(stop + 1 - start));
    kept = stop + 1;
    at = stop + 1;
  }
  parts.push(text.slice(kept));
  return parts.join('');
}

/** The text with each quotation (marks included) replaced by spaces of the same length. */
export function blankQuoted(text: string): string {
  return PAIRS.reduce(blankPair, text);
}
