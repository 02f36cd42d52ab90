import { literalText } from './literalText';
import type { SlideFlavour } from './slideFlavour';

const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;

/**
 * Text as one markdown block shown as typed, its lines joined by hard breaks; blank lines are
 * dropped so that the block stays one. `indent` prefixes continuation lines (inside list items).
 * Empty when the text holds nothing to show.
 */
export function slideParagraph(text: string, flavour: SlideFlavour, indent = ''): string {
  return text
    .split(LINE_BREAK)
    .map((line) => literalText(line, flavour))
    .filter((line) => line !== '')
    .join(`\\\n${indent}`);
}
