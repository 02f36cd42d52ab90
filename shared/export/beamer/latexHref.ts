/*
 * A link as LaTeX. The target goes into \href, which reads it inside another command's argument
 * (a \note), where hyperref takes \# \% \& \_ and \string-ed characters literally; anything a URL
 * may not hold as typed is percent-encoded, as a browser would send it.
 */
import { escapeLatex } from './escapeLatex';

// What RFC 3986 allows in a URL as typed, `%` included (escapes already in the link stay as they are).
const URL_CHAR = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;
const TEX_IN_URL: Readonly<Record<string, string>> = {
  '#': '\\#',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '~': '\\string~',
  $: '\\string$',
};

/** A character as UTF-8 percent escapes, each "%" written "\%": inside a \note's argument a bare "%" starts a TeX comment. */
function percentEncode(char: string): string {
  return Array.from(new TextEncoder().encode(char), (byte) => `\\%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/** A link target as the first argument of \href: percent-encoded where a URL needs it, TeX-safe. */
export function hrefTarget(href: string): string {
  // A lone surrogate fails the test and comes out as the UTF-8 of U+FFFD, as TextEncoder writes it.
  return Array.from(href, (char) => {
    if (!URL_CHAR.test(char)) return percentEncode(char);
    return TEX_IN_URL[char] ?? char;
  }).join('');
}

/**
 * Linked text (already LaTeX), followed by its address in parentheses, so that notes read on paper
 * or on a second screen still show where the link goes; once only when the text is the address.
 */
export function latexLink(latex: string, plain: string, href: string): string {
  const link = `\\href{${hrefTarget(href)}}{${latex}}`;
  return plain.trim() === href ? link : `${link} (${escapeLatex(href)})`;
}
