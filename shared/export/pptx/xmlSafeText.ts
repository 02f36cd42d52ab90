/*
 * XML 1.0 allows only some characters (tab, newline, carriage return, and everything from U+0020
 * except lone surrogates, U+FFFE and U+FFFF). PowerPoint refuses a file whose text holds any
 * other, so user text passes through here before any writer sees it.
 */

/** C0 controls other than tab, newline and carriage return; the two noncharacters; lone surrogates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Surrogate}/gu;

/** The text without the characters XML 1.0 forbids; every other character kept as it is. */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML, '');
}

/**
 * Text for a one-line field (a title, a bullet): XML-safe, and a carriage return becomes a space,
 * since an XML reader would turn it into a line break and the writer into a new paragraph.
 */
export function xmlSafeLine(text: string): string {
  return xmlSafeText(text).replace(/\r\n?|\n/g, ' ');
}
