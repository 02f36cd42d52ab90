/*
 * At start, a library that is empty (or cannot be read) while backups exist gets an offer to
 * restore the newest. A declined offer is remembered on this machine so it is not made again
 * for the same backup.
 */
import type { StoreApi } from 'zustand';
import type { BackupEntry } from '../../shared/backup/backupNames';
import { chooseRestoreOffer, type LibraryHealth } from '../../shared/backup/restoreOffer';
import { readDeclinedRestoreOffer, writeDeclinedRestoreOffer } from '../data/localStore';
import type { AppState } from './appState';
import type { Services } from './services';

export interface RestoreOfferSlice {
  /** The backup offered for restoring at start, if any. */
  restoreOffer: BackupEntry | null;
  /** Look at the library (after loadLibrary) and the backups, and make the offer if it applies. */
  checkRestoreOffer(): Promise<void>;
  declineRestoreOffer(): void;
}

/** The restore-offer part of the backup slice. */
export function createRestoreOfferActions(
  services: Services,
  set: StoreApi<AppState>['setState'],
  get: () => AppState,
): RestoreOfferSlice {
  const health = async (state: AppState): Promise<LibraryHealth> => {
    if (state.libraryStatus === 'error') return { status: 'unreadable' };
    try {
      const trash = await services.stories.listTrash();
      const ownStories = [...state.summaries, ...trash].filter((summary) => !summary.isSample).length;
      return { status: 'readable', ownStories, liveStories: state.summaries.length };
    } catch {
      return { status: 'unreadable' };
    }
  };

  return {
    restoreOffer: null,
    checkRestoreOffer: async () => {
      const backups = await services.backups.list().catch(() => []);
      if (backups.length === 0) return;
      set({ restoreOffer: chooseRestoreOffer(backups, await health(get()), readDeclinedRestoreOffer()) });
    },
    declineRestoreOffer: () => {
      const offer = get().restoreOffer;
      if (offer) writeDeclinedRestoreOffer(offer.name);
      set({ restoreOffer: null });
    },
  };
}
