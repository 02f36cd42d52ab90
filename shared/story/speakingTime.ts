/** Seconds it takes to say `words` words at `wordsPerMinute`. */
export function speakingSeconds(words: number, wordsPerMinute: number): number {
  if (wordsPerMinute <= 0) return 0;
  return Math.round((words / wordsPerMinute) * 60);
}
