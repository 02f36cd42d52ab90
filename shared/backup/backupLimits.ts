import { MAX_FILE_BYTES } from '../ipc/fileLimits';
import { MAX_RICH_TEXT_DEPTH } from '../model/richText';

/**
 * The largest backup Viva reads, in bytes: the same limit as any file opened through a dialog,
 * so a file the app wrote can always be read back. Checked before a byte is decoded.
 */
export const MAX_BACKUP_BYTES = MAX_FILE_BYTES;

/** Most problems listed for one file: past that, the rest are counted, not listed. */
export const MAX_LISTED_PROBLEMS = 50;

/**
 * Deepest nesting of a backup's JSON that Viva reads: formatted text nested as deep as the
 * editor's schema allows takes two JSON levels a node, and the story around it a few more.
 */
export const MAX_JSON_DEPTH = 2 * MAX_RICH_TEXT_DEPTH + 100;

/** Sizes as people read them: "64 MB", "812 kB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}

/**
 * A size and the limit it went over, as people read them, or in exact bytes when rounding would
 * make them look equal ("64 MB, larger than the 64 MB" says nothing).
 */
export function formatSizeOverLimit(size: number, limit: number): { size: string; limit: string } {
  const rounded = { size: formatBytes(size), limit: formatBytes(limit) };
  if (rounded.size !== rounded.limit) return rounded;
  return { size: `${size.toLocaleString('en')} bytes`, limit: `${limit.toLocaleString('en')} bytes` };
}

/** The message for a file over the backup limit; nothing of it was read. */
export function tooLargeMessage(size: number, limit: number): string {
  const shown = formatSizeOverLimit(size, limit);
  return `The file is ${shown.size}, larger than the ${shown.limit} a Viva backup may be. Nothing was read.`;
}
