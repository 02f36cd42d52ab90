/*
 * Browsers may evict a site's IndexedDB when the disk runs low unless the site's storage is
 * "persistent". Viva asks once at every start (the browser answers at once, remembering the
 * user's choice) and records the answer, which Preferences shows.
 */

export type PersistAnswer = 'granted' | 'denied' | 'unsupported';

/** The part of `navigator.storage` used here, injectable for tests. */
export type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

export function browserStorage(): StorageManagerLike | undefined {
  return typeof navigator !== 'undefined' ? navigator.storage : undefined;
}

/** Ask for persistent storage (a no-op if already granted). */
export async function requestPersistentStorage(storage = browserStorage()): Promise<PersistAnswer> {
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

/** How much the site uses and may use, in bytes; null where the browser will not say. */
export async function estimateStorage(storage = browserStorage()): Promise<{ usage: number; quota: number } | null> {
  if (!storage?.estimate) return null;
  try {
    const { usage, quota } = await storage.estimate();
    return usage === undefined || quota === undefined ? null : { usage, quota };
  } catch {
    return null;
  }
}
