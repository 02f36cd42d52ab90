/*
 * User text reduced to what a LaTeX file can carry. Control characters are an error or a
 * silent "invalid character" to TeX; invisible format characters (zero-width spaces and
 * joiners, direction marks, soft hyphens, variation selectors) print nothing on screen, and
 * pdflatex would otherwise show each one as a [U+…] placeholder.
 */

// A lone surrogate cannot be written as UTF-8; the file writer would turn it into U+FFFD anyway.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0 controls (tab and line breaks are handled as spaces below), DEL and the C1 controls.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const INVISIBLE = /[\p{Cf}\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;
// Tabs, line breaks and every Unicode space but the no-break space (which LaTeX keeps as `~`).
const SPACE_LIKE = /[\t\n\r\u2028\u2029\p{Zs}]/gu;

/** Text with the characters LaTeX cannot take removed and every kind of space made a plain space. */
export function printableText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(SPACE_LIKE, (space) => (space === '\u00A0' ? space : ' '));
}
