/** Error codes that mean the disk (or the user's quota on it) has no room left. */
import { errorMessage } from '../../shared/text/errorMessage';
const DISK_FULL_CODES = new Set(['ENOSPC', 'EDQUOT']);

/** Whether a file-system error means there is no room left on the disk. */
export function isDiskFullError(error: unknown): boolean {
  return DISK_FULL_CODES.has(String((error as NodeJS.ErrnoException | null)?.code));
}

/** A message for the user about a failed write, plain about a full disk. */
export function describeDiskError(error: unknown, what: string): string {
  if (isDiskFullError(error)) {
    return `${what}: the disk is full. Nothing already saved was changed; free some space and try again.`;
  }
  const reason = errorMessage(error);
  return `${what}: ${reason}`;
}
