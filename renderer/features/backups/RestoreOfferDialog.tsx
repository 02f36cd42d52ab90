import { useState } from 'react';
import { formatRoute } from '../../navigation/route';
import { useApp } from '../../store/StoreProvider';
import { RestoreDialog } from './RestoreDialog';
import { backupDate, storyCountText } from './describeBackup';
import { Dialog } from '../../components/Dialog';
import './backups.css';

/** At start, an empty or unreadable library with backups on disk: offer the newest. */
export function RestoreOfferDialog() {
  const offer = useApp((s) => s.restoreOffer);
  const isUnreadable = useApp((s) => s.libraryStatus === 'error');
  const decline = useApp((s) => s.declineRestoreOffer);
  const [isConfirming, setIsConfirming] = useState(false);

  if (isConfirming && offer) {
    const showLibrary = () => {
      // The offer can appear over any place a reload reopened; the restored library is the place to land.
      decline();
      window.location.hash = formatRoute({ name: 'library' });
    };
    return <RestoreDialog backup={offer} onClose={() => setIsConfirming(false)} onRestored={showLibrary} />;
  }
  return (
    <Dialog isOpen={offer !== null} title="Restore your library from a backup?" onClose={decline}>
      {offer && (
        <>
          <p>
            {isUnreadable ? 'Viva could not open its database' : 'Your library has none of your own stories'}, but there is a
            backup of <strong>{backupDate(offer)}</strong> holding {storyCountText(offer.storyCount)}.
          </p>
          <p className="restore-note">Other backups are listed under Preferences → Backups.</p>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={decline}>
              Not now
            </button>
            <button type="button" className="button button-primary" onClick={() => setIsConfirming(true)}>
              Restore it…
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
