import { useState } from 'react';
import { backupFileName } from '../../../shared/export/exportFileName';
import { Dialog } from '../../components/Dialog';
import { useApp, useAppStoreApi } from '../../store/StoreProvider';
import { useBusyStatus } from './useBusyStatus';
import './exchange.css';

/** Save the whole library (stories, trash, rehearsals, the deck, preferences) as one backup file. */
export function LibraryBackupDialog() {
  const isOpen = useApp((s) => s.exchangeDialog === 'exportLibrary');
  const close = useApp((s) => s.closeExchangeDialog);
  return (
    <Dialog isOpen={isOpen} title="Back up the library" onClose={close}>
      {isOpen && <LibraryBackupForm onDone={close} />}
    </Dialog>
  );
}

function LibraryBackupForm({ onDone }: { onDone(): void }) {
  const store = useAppStoreApi();
  const storyCount = useApp((s) => s.summaries.length);
  const [includeRecordings, setIncludeRecordings] = useState(false);
  const { status, isBusy, run } = useBusyStatus();

  const save = () =>
    run(async () => {
      const saved = await store.getState().exportBackup({ includeRecordings, suggestedName: backupFileName(null, Date.now()) });
      return saved ? `Saved “${saved}”. Keep it somewhere safe, off this machine too.` : null;
    });

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="exchange-lead">
        One file with {storyCount === 1 ? 'your story' : `all ${storyCount} stories`}, the trash, your rehearsals, your own
        challenge questions and practice, and your preferences. Import it here or on another machine; nothing in a library is ever
        overwritten by an import.
      </p>
      <label className="exchange-check">
        <input type="checkbox" checked={includeRecordings} onChange={(e) => setIncludeRecordings(e.target.checked)} />
        Include rehearsal recordings <span className="exchange-option-hint">(much larger file)</span>
      </label>
      <p
        className={status?.tone === 'error' ? 'exchange-status field-error' : 'exchange-status'}
        role="status"
        aria-live="polite"
      >
        {status?.text}
      </p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onDone}>
          Done
        </button>
        <button type="submit" className="button button-primary" disabled={isBusy} data-autofocus>
          Save backup…
        </button>
      </div>
    </form>
  );
}
