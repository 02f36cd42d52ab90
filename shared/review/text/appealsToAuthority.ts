import type { ReviewConfig } from '../reviewConfig';
import { matchesAt, phraseWords } from './tokenize';

/**
 * The authority a short justification leans on ("it is standard", "everyone uses it", "SOTA"),
 * as written in the config, or null. A longer text holding such a phrase is taken to give a
 * reason of its own as well, so only a "why" that is little more than the appeal is caught.
 */
export function appealsToAuthority(text: string, config: ReviewConfig): string | null {
  const words = phraseWords(text);
  if (words.length === 0 || words.length > config.maxAuthorityWhyWords) return null;
  for (const phrase of config.authorityPhrases) {
    const target = phraseWords(phrase);
    if (words.some((_, i) => matchesAt(words, i, target))) return phrase;
  }
  return null;
}
