/**
 * A one-line field's value from what was typed, pasted or dropped into it: each line break
 * (\r\n, \r or \n) becomes one space, so the value stays one line and its words stay apart.
 */
export function toOneLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ');
}
