/** Small readers the rules share: blank checks and short labels for messages. */
import { plainText, type RichText } from '../../model/richText';

/** The plain text of a plain or rich-text field. */
export function textOf(value: string | RichText): string {
  return typeof value === 'string' ? value : plainText(value);
}

/** Whether a plain or rich-text field holds nothing but white space. */
export function isBlank(value: string | RichText): boolean {
  return textOf(value).trim() === '';
}

/** A text cut to `max` characters on one line, for quoting in a message. */
export function excerpt(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** “name” of a record, or its position when it has no name yet. */
export function labelOf(name: string, noun: string, index: number): string {
  return name.trim() === '' ? `${noun} ${index + 1}` : `“${excerpt(name, 48)}”`;
}

/** "1 family" / "2 families". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
