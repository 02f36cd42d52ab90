/*
 * Quoted text is someone else's words (a reviewer's "state of the art", a paper's title), so
 * rules that judge the user's own claims read the text with every quotation blanked out.
 */

const QUOTED = [
  /“[^”\n]*”/g,
  /"[^"\n]*"/g,
  /«[^»\n]*»/g,
  /`[^`\n]*`/g,
  // Single quotes double as apostrophes: a quotation opens after a space or bracket and closes before a non-letter.
  /(?<=^|[\s([{])‘[^’\n]*’(?![\p{L}\p{N}])/gu,
  /(?<=^|[\s([{])'[^'\n]*'(?![\p{L}\p{N}])/gu,
];

/** The text with each quotation (marks included) replaced by spaces of the same length. */
export function blankQuoted(text: string): string {
  return QUOTED.reduce((current, pattern) => current.replace(pattern, (quoted) => ' '.repeat(quoted.length)), text);
}
