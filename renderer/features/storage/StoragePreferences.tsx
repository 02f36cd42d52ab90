import { useEffect, useState } from 'react';
import { formatRoute } from '../../navigation/route';
import { useApp } from '../../store/StoreProvider';
import { backupSize } from '../backups/describeBackup';
import { estimateStorage, type PersistAnswer } from '../../data/persistStorage';

const PERSIST_TEXT: Record<PersistAnswer, string> = {
  granted: 'Kept safe: the browser has agreed not to clear Viva’s data when the disk runs low.',
  denied: 'Not guaranteed: the browser may clear Viva’s data if the disk runs very low. Keep backups.',
  unsupported: 'This browser does not say whether it will keep Viva’s data when the disk runs low. Keep backups.',
};

/** Preferences: where the data is, how much room it takes, and the way to backups. */
export function StoragePreferences() {
  const persistAnswer = useApp((s) => s.storagePersistence);
  const [estimate, setEstimate] = useState<{ usage: number; quota: number } | null | 'loading'>('loading');

  useEffect(() => {
    let isCurrent = true;
    void estimateStorage().then((value) => isCurrent && setEstimate(value));
    return () => {
      isCurrent = false;
    };
  }, []);

  const share = estimate && estimate !== 'loading' && estimate.quota > 0 ? estimate.usage / estimate.quota : null;

  return (
    <section className="preference-group" aria-labelledby="pref-data-heading">
      <h2 id="pref-data-heading" className="preference-label preference-heading">
        Your data
      </h2>
      <p className="preference-help">
        Everything stays on this machine. Viva backs up your whole library every few minutes while it changes.
      </p>
      <p>
        <a href={formatRoute({ name: 'backups' })}>Backups and restore</a>
      </p>
      <dl className="storage-facts">
        <dt>Storage used</dt>
        <dd data-testid="storage-usage">
          {estimate === 'loading'
            ? 'Measuring…'
            : estimate === null
              ? 'This browser does not report it.'
              : `${backupSize(estimate.usage)} of the ${backupSize(estimate.quota)} the browser allows`}
        </dd>
        {share !== null && (
          <dd>
            <meter
              className="storage-meter"
              min={0}
              max={1}
              low={0.7}
              high={0.9}
              optimum={0}
              value={share}
              aria-label="Share of storage used"
            >
              {Math.round(share * 100)}%
            </meter>
          </dd>
        )}
        <dt>Protection from clearing</dt>
        <dd data-testid="storage-persistence">{persistAnswer ? PERSIST_TEXT[persistAnswer] : 'Asking the browser…'}</dd>
      </dl>
    </section>
  );
}
