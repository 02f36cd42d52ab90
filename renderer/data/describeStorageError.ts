/*
 * IndexedDB reports a full disk (or a used-up browser storage allowance) as a
 * QuotaExceededError, which Dexie passes on under the same name, sometimes wrapping the
 * original as `inner`. The user gets a plain sentence instead of the browser's wording.
 */
import { errorMessage } from '../../shared/text/errorMessage';

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : undefined;
}

/** Whether a storage error means there is no room left to write. */
export function isQuotaError(error: unknown): boolean {
  if (errorName(error) === 'QuotaExceededError') return true;
  const inner = typeof error === 'object' && error !== null && 'inner' in error ? error.inner : undefined;
  return errorName(inner) === 'QuotaExceededError';
}

/** Why a write to the library failed, in words for the user. */
export function describeStorageError(error: unknown): string {
  if (isQuotaError(error)) {
    return 'There is no room left to save: the disk, or the space the browser allows Viva, is full. Free some space.';
  }
  const text = errorMessage(error).trim();
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
