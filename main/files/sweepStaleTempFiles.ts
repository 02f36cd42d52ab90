import { lstat, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { TEMP_FILE_PATTERN } from './writeFileAtomic';

/** A temporary file older than this was left by a write that never finished (a crash, a power cut). */
export const STALE_TEMP_AGE_MS = 60_000;

/**
 * Remove the temporary files that unfinished atomic writes left in a folder. Only regular files
 * named as writeFileAtomic names them, and only old ones; a missing folder has none.
 */
export async function sweepStaleTempFiles(folder: string, now: number): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!TEMP_FILE_PATTERN.test(name)) continue;
    const info = await lstat(join(folder, name)).catch(() => null);
    if (!info?.isFile() || now - info.mtimeMs < STALE_TEMP_AGE_MS) continue;
    await rm(join(folder, name), { force: true });
    removed.push(name);
  }
  return removed;
}
