import { useEffect, useState } from 'react';
import { BACKUP_INTERVAL_MS, KEEP_DAILY_DAYS, KEEP_LATEST } from '../../../shared/backup/backupPolicy';
import type { BackupEntry } from '../../../shared/backup/backupNames';
import { formatRelativeTime } from '../../../shared/text/formatRelativeTime';
import { formatRoute } from '../../navigation/route';
import { useNow } from '../../platform/useNow';
import { isDesktop } from '../../bridge/bridge';
import { useApp } from '../../store/StoreProvider';
import { RestoreDialog } from './RestoreDialog';
import { backupDate, backupSize, storyCountText } from './describeBackup';
import './backups.css';
import { errorMessage } from '../../../shared/text/errorMessage';

const MINUTES = BACKUP_INTERVAL_MS / 60_000;

/** The rolling backups, newest first, each restorable after a confirmation. */
export function BackupsView() {
  const backups = useApp((s) => s.backups);
  const status = useApp((s) => s.backupsStatus);
  const loadError = useApp((s) => s.backupsError);
  const isBackingUp = useApp((s) => s.isBackingUp);
  const loadBackups = useApp((s) => s.loadBackups);
  const backUpNow = useApp((s) => s.backUpNow);
  const notify = useApp((s) => s.notify);
  const [chosen, setChosen] = useState<BackupEntry | null>(null);
  const now = useNow();

  useEffect(() => {
    void loadBackups();
  }, [loadBackups]);

  const takeBackup = () =>
    backUpNow().then(
      (entry) => notify(`Backed up ${storyCountText(entry.storyCount)}.`),
      (error: unknown) => notify(`Backup failed: ${errorMessage(error)}`, 'error'),
    );

  return (
    <div className="library backups">
      <header className="library-header">
        <div>
          <h1>Backups</h1>
          <p className="library-subtitle">
            Viva saves a copy of your whole library soon after your first change, then every {MINUTES} minutes while it changes,
            and when you switch away from the window{isDesktop ? ' or quit' : ''}. The last {KEEP_LATEST} are kept, and one a day
            for {KEEP_DAILY_DAYS} days.
          </p>
        </div>
        <button type="button" className="button" onClick={() => void takeBackup()} disabled={isBackingUp}>
          {isBackingUp ? 'Backing up…' : 'Back up now'}
        </button>
      </header>
      <p className="backups-where">
        {isDesktop
          ? 'Backups are files in the “backups” folder of Viva’s data folder. Recordings are not in them: export a backup with recordings to keep those.'
          : 'In a browser, backups are kept in this browser’s storage for this site: clearing the site’s data removes them too. Export a backup to keep a copy elsewhere. Recordings are not in them.'}
      </p>
      {status === 'error' && (
        <p className="library-error" role="alert">
          {loadError}
        </p>
      )}
      {status === 'ready' && backups.length === 0 && (
        <p className="library-no-match">No backups yet. The first is taken once you have written something.</p>
      )}
      {backups.length > 0 && (
        <table className="backup-table">
          <caption className="visually-hidden">Backups, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Stories</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((entry) => (
              <tr key={entry.name} data-testid="backup-row">
                <th scope="row" className="backup-date">
                  {backupDate(entry)}
                  <span className="backup-ago">{formatRelativeTime(entry.createdAt, now)}</span>
                </th>
                <td>{storyCountText(entry.storyCount)}</td>
                <td>{backupSize(entry.size)}</td>
                <td className="backup-action">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Restore the backup of ${backupDate(entry)}`}
                    onClick={() => setChosen(entry)}
                  >
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <RestoreDialog
        backup={chosen}
        onClose={() => setChosen(null)}
        onRestored={() => {
          setChosen(null);
          window.location.hash = formatRoute({ name: 'library' });
        }}
      />
    </div>
  );
}
