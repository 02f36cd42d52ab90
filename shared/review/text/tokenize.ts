/** A word of a text, lower-cased, with where it starts in the text. */
export interface Token {
  word: string;
  start: number;
}

// Letters and digits, with inner apostrophes, hyphens and dots ("isn't", "state-of-the-art", "3.5").
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** The words of a text, lower-cased, curly apostrophes made straight. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ word: match[0].toLowerCase().replace(/’/g, "'"), start: match.index });
  }
  return tokens;
}

/** A phrase as its words ("state of the art" → four words). */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((token) => token.word);
}

/** Whether `phrase` (as words) occurs in `words` starting at `index`. */
export function matchesAt(words: readonly string[], index: number, phrase: readonly string[]): boolean {
  if (phrase.length === 0 || index < 0 || index + phrase.length > words.length) return false;
  return phrase.every((word, offset) => words[index + offset] === word);
}

/** Whether any of the phrases occurs anywhere in `words`. */
export function containsAny(words: readonly string[], phrases: readonly (readonly string[])[]): boolean {
  return words.some((_, index) => phrases.some((phrase) => matchesAt(words, index, phrase)));
}
