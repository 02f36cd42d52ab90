/** Seconds it takes to say `words` words at `wordsPerMinute`. */
export function speakingSeconds(words: number, wordsPerMinute: number): number {
  if (wordsPerMinute <= 0) return 0;
  return Math.round((words / wordsPerMinute) * 60);
}

/** "2:05" for 125 seconds; "1:02:03" past an hour. */
export function formatDuration(totalSeconds: number): string {
  const sign = totalSeconds < 0 ? '−' : '';
  const s = Math.round(Math.abs(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${sign}${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${sign}${minutes}:${seconds}`;
}
