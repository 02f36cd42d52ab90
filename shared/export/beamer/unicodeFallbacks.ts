/*
 * pdflatex can print only the characters its fonts' encodings (T1, TS1 and the kernel's
 * defaults) define; any other one stops the compile with "Unicode character not set up". So
 * every character beyond ASCII in the deck is listed once in the preamble, and \vivaFallback
 * (defined there) gives the ones LaTeX does not know a visible stand-in, "[U+1F600]". LaTeX
 * itself decides which are unknown, so a newer TeX installation prints more of them for real.
 */

/** The preamble lines declaring a stand-in for each non-ASCII character of `latex`, in code point order. */
export function unicodeFallbacks(latex: string): string {
  const codePoints = new Set<number>();
  for (const char of latex) {
    const code = char.codePointAt(0)!;
    // Lone surrogates never get here (printableText replaces them); a guard costs nothing.
    if (code > 0x7f && (code < 0xd800 || code > 0xdfff)) codePoints.add(code);
  }
  return [...codePoints]
    .sort((a, b) => a - b)
    .map((code) => `\\vivaFallback{${String.fromCodePoint(code)}}{${code.toString(16).toUpperCase().padStart(4, '0')}}`)
    .join('\n');
}
