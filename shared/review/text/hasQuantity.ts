import { tokenize } from './tokenize';

const YEAR = /^(?:19|20)\d{2}s?$/;

/** Whether a text states a number, as digits or as a number word ("5 seeds", "five seeds"): numbers, not adjectives. */
export function mentionsNumber(text: string, numberWords: readonly string[]): boolean {
  if (/\p{N}/u.test(text)) return true;
  const words = new Set(numberWords);
  return tokenize(text).some(({ word }) => words.has(word));
}

/**
 * Whether a text states something one could measure: a number that is not just a year ("by
 * 2027" dates a claim, it does not quantify it), or a number word ("half", "twice").
 */
export function hasMeasurableQuantity(text: string, numberWords: readonly string[]): boolean {
  const words = new Set(numberWords);
  return tokenize(text).some(({ word }) => (/\p{N}/u.test(word) && !YEAR.test(word)) || words.has(word));
}
