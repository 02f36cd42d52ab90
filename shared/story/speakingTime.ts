import { MINUTE_MS, SECOND_MS } from '../time/duration';

/** How long it takes to say `words` words at `wordsPerMinute`, to the nearest second. */
export function speakingMs(words: number, wordsPerMinute: number): number {
  if (wordsPerMinute <= 0) return 0;
  return Math.round((words / wordsPerMinute) * (MINUTE_MS / SECOND_MS)) * SECOND_MS;
}
