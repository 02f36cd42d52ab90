import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The temporary file a write goes to first: hidden, beside the target, with a random part. */
export const TEMP_FILE_PATTERN = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * Write a file so that readers see either the old content or the new, never a mix: write a
 * temporary file beside it, flush it to disk, rename it over the target, then flush the folder
 * so the rename itself survives a power cut.
 */
export async function writeFileAtomic(target: string, content: string | Uint8Array): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dirname(target));
}

/**
 * Flush a folder's entries (the rename) to disk. Best effort: Windows cannot open a folder for
 * this, and the new file is in place either way, so a failure here is not the save's failure.
 */
async function syncFolder(folder: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // The rename is done; only its durability across a power cut is left to the OS.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
