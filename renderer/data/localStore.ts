/*
 * The one reader and writer of localStorage: small values that must be written synchronously
 * (the autosave journal, written when a page may be unloading) or that belong to this machine
 * rather than the library (a declined restore offer). Every call survives storage that is full
 * or disabled, and says whether it worked.
 */

/** The stored text for a key, or null when there is none or storage cannot be read. */
export function readLocal(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Store text under a key; false when storage is full or disabled. */
export function writeLocal(key: string, value: string): boolean {
  try {
    localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function removeLocal(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to remove, or storage disabled: either way nothing is kept.
  }
}

const DECLINED_RESTORE_KEY = 'viva.declinedRestoreOffer';

/** The backup whose restore offer the user declined on this machine, if any. */
export function readDeclinedRestoreOffer(): string | null {
  return readLocal(DECLINED_RESTORE_KEY);
}

/** Remember a declined offer; without storage the offer may come back next time, which loses nothing. */
export function writeDeclinedRestoreOffer(name: string): void {
  writeLocal(DECLINED_RESTORE_KEY, name);
}

const WELCOME_DISMISSED_KEY = 'viva.welcomeDismissed';

/** Whether the user closed the first-launch welcome on this machine. */
export function readWelcomeDismissed(): boolean {
  return readLocal(WELCOME_DISMISSED_KEY) === 'yes';
}

/** Remember that the welcome was closed; without storage it may show again, which loses nothing. */
export function writeWelcomeDismissed(): void {
  writeLocal(WELCOME_DISMISSED_KEY, 'yes');
}
