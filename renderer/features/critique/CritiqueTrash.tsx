import { useEffect, useState } from 'react';
import { KEEP_DAILY_DAYS } from '../../../shared/backup/backupPolicy';
import { critiqueTitle } from '../../../shared/model/critique';
import { describeTrashExpiry } from '../../../shared/story/trashExpiry';
import { formatRelativeTime } from '../../../shared/text/formatRelativeTime';
import { useNow } from '../../platform/useNow';
import { Dialog } from '../../components/Dialog';
import { useApp } from '../../store/StoreProvider';

/** Deleted paper critiques in the trash: restore one, or delete it for good after a confirmation. */
export function CritiqueTrash() {
  const trash = useApp((s) => s.critiqueTrash);
  const loadCritiqueTrash = useApp((s) => s.loadCritiqueTrash);
  const restoreCritique = useApp((s) => s.restoreCritique);
  const purgeCritique = useApp((s) => s.purgeCritique);
  const notify = useApp((s) => s.notify);
  const [confirming, setConfirming] = useState<{ id: string; title: string } | null>(null);
  const now = useNow();
  useEffect(() => {
    void loadCritiqueTrash();
  }, [loadCritiqueTrash]);
  if (trash.length === 0) return null;
  const fail = (error: unknown) => notify(error instanceof Error ? error.message : String(error), 'error');
  const focusMain = () => document.getElementById('main')?.focus();

  return (
    <section aria-labelledby="critique-trash-title" className="critique-shelf">
      <h2 id="critique-trash-title">Deleted paper critiques</h2>
      <ul className="story-list" aria-label="Deleted paper critiques">
        {trash.map((critique) => {
          const title = critiqueTitle(critique);
          const deletedAt = critique.deletedAt ?? now;
          return (
            <li key={critique.id} className="story-card" data-testid="critique-trash-card">
              <div className="story-card-main">
                <h3 className="story-card-title">{title}</h3>
                <p className="story-card-meta trash-card-meta">
                  Deleted {formatRelativeTime(deletedAt, now)} · deleted for good {describeTrashExpiry(deletedAt, now)}
                </p>
              </div>
              <div className="story-card-actions">
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Restore “${title}”`}
                  onClick={() =>
                    restoreCritique(critique.id).then(() => {
                      focusMain();
                      notify(`“${title}” is back in the library.`);
                    }, fail)
                  }
                >
                  Restore
                </button>
                <button
                  type="button"
                  className="button button-quiet button-small button-danger"
                  aria-label={`Delete for good: “${title}”`}
                  onClick={() => setConfirming({ id: critique.id, title })}
                >
                  Delete for good
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <Dialog isOpen={confirming !== null} title="Delete for good?" onClose={() => setConfirming(null)}>
        <p>
          “{confirming?.title}” will be removed from this machine and cannot be restored from the trash. Backups made before now
          still hold it for up to {KEEP_DAILY_DAYS} days.
        </p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => setConfirming(null)}>
            Keep it
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              const id = confirming?.id;
              setConfirming(null);
              if (id) purgeCritique(id).then(focusMain, fail);
            }}
          >
            Delete for good
          </button>
        </div>
      </Dialog>
    </section>
  );
}
