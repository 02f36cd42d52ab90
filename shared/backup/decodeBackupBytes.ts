import { MAX_BACKUP_BYTES, tooLargeMessage } from './backupLimits';
import type { BackupProblem } from './backupProblem';

export type DecodeResult = { ok: true; text: string } | { ok: false; problem: BackupProblem };

/**
 * The text of a backup file: its size checked first (nothing is decoded above the limit), then
 * decoded as strict UTF-8, so a damaged or foreign file is refused instead of read as garbage.
 */
export function decodeBackupBytes(bytes: Uint8Array, limit = MAX_BACKUP_BYTES): DecodeResult {
  if (bytes.byteLength > limit) {
    return {
      ok: false,
      problem: {
        where: '',
        message: tooLargeMessage(bytes.byteLength, limit),
      },
    };
  }
  if (bytes.byteLength === 0) return { ok: false, problem: { where: '', message: 'The file is empty.' } };
  try {
    // ignoreBOM: false strips a leading byte-order mark, which some editors add on save.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      ok: false,
      problem: {
        where: `byte ${at + 1}`,
        message: 'The file is not valid UTF-8 text, so it is not a Viva backup (or it was damaged).',
      },
    };
  }
}

/** Where the first invalid UTF-8 sequence starts, found by decoding growing prefixes in halves. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const isValidPrefix = (end: number): boolean => {
    try {
      // A fresh decoder each time: streaming keeps state; it also tolerates a sequence cut at the end.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let low = 0;
  let high = bytes.byteLength;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (isValidPrefix(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}
