import { useState } from 'react';
import type { BackupEntry } from '../../../shared/backup/backupNames';
import { Dialog } from '../../components/Dialog';
import { useApp } from '../../store/StoreProvider';
import type { RestorePhase } from '../../store/backupSlice';
import { backupDate, storyCountText } from './describeBackup';
import { errorMessage } from '../../../shared/text/errorMessage';

const PHASE_TEXT: Record<RestorePhase, string> = {
  checking: 'Checking every record in the backup…',
  backingUp: 'Backing up your library as it is now…',
  restoring: 'Replacing the library…',
};

interface RestoreDialogProps {
  backup: BackupEntry | null;
  onClose(): void;
  /** After a restore that went through. */
  onRestored(): void;
}

/** Confirm a restore: it replaces the whole library, after a fresh backup of the current one. */
export function RestoreDialog({ backup, onClose, onRestored }: RestoreDialogProps) {
  const restoreBackup = useApp((s) => s.restoreBackup);
  const restoring = useApp((s) => s.restoring);
  const liveCount = useApp((s) => s.summaries.length);
  const notify = useApp((s) => s.notify);
  const [error, setError] = useState<string | null>(null);
  const isBusy = restoring !== null;

  const close = () => {
    if (isBusy) return;
    setError(null);
    onClose();
  };

  const restore = async () => {
    if (!backup) return;
    setError(null);
    try {
      const outcome = await restoreBackup(backup.name);
      notify(`Restored the backup of ${backupDate(backup)}: ${storyCountText(outcome.liveStories)} in the library.`);
      onRestored();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <Dialog isOpen={backup !== null} title="Restore this backup?" onClose={close}>
      {backup && (
        <>
          <p>
            Your whole library ({storyCountText(liveCount)} now) will be replaced by the backup of{' '}
            <strong>{backupDate(backup)}</strong>, which holds {storyCountText(backup.storyCount)}. Stories, rehearsal sessions,
            questions and preferences all come from the backup.
          </p>
          <p className="restore-note">Viva first backs up the library as it is now, so you can come back to it from this list.</p>
          {restoring && (
            <p className="restore-progress" role="status">
              <span className="restore-spinner" aria-hidden="true" />
              {PHASE_TEXT[restoring.phase]}
            </p>
          )}
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={close} disabled={isBusy}>
              Cancel
            </button>
            <button type="button" className="button button-primary" onClick={() => void restore()} disabled={isBusy}>
              {isBusy ? 'Restoring…' : 'Replace my library'}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
