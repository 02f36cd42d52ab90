/*
 * The heavy library's text, generated the same way on every run so that Viva and its baselines
 * hold exactly the same words.
 */
import { docFromText, type RichText } from '../../shared/model/richText';

const VOCABULARY = (
  'the model learns a sparse representation of each input and we measure how the error falls ' +
  'as training data grows while the baseline keeps a dense cache that costs memory at inference ' +
  'our ablation removes one component at a time to show which part carries the gain on held out ' +
  'tasks where distribution shift is large and labels are noisy so calibration matters more ' +
  'it outperforms the best prior method when data is scarce but not better than state of the art otherwise'
).split(' ');

/** A deterministic pseudo-random sequence (mulberry32), so the text never changes. */
function randomSequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Plain text of about `words` words in paragraphs of 25, blank lines between paragraphs. */
export function heavyText(words: number, seed = 7): string {
  const next = randomSequence(seed);
  const paragraphs: string[] = [];
  for (let written = 0; written < words; written += 25) {
    const count = Math.min(25, words - written);
    const picked = Array.from({ length: count }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]!);
    paragraphs.push(`${picked.join(' ')}.`);
  }
  return paragraphs.join('\n\n');
}

/** The 10,000-word document of the heavy story's longest field. */
export function heavyDoc(): RichText {
  return docFromText(heavyText(10_000));
}

export const HEAVY_STORY_COUNT = 50;
export const HEAVY_SESSION_COUNT = 1000;
