import { useEffect, useRef, useState } from 'react';
import { useNow } from '../../platform/useNow';
import { formatRelativeTime } from '../../../shared/text/formatRelativeTime';
import { TRASH_DAYS, describeTrashExpiry } from '../../../shared/story/trashExpiry';
import { KEEP_DAILY_DAYS } from '../../../shared/backup/backupPolicy';
import { Dialog } from '../../components/Dialog';
import { useApp } from '../../store/StoreProvider';
import { CritiqueTrash } from '../critique/CritiqueTrash';
import './trash.css';
import { errorMessage } from '../../../shared/text/errorMessage';

/** Where keyboard focus goes once the card holding `control` is gone: a neighbour's first button, or the content. */
function focusAfter(control: Element): HTMLElement | null {
  const card = control.closest('li');
  const neighbour = (card?.nextElementSibling ?? card?.previousElementSibling)?.querySelector('button');
  return neighbour ?? document.getElementById('main');
}

/** Deleted stories: restorable for 30 days, or deleted for good after a confirmation. */
export function TrashView() {
  const trash = useApp((s) => s.trash);
  const hasCritiques = useApp((s) => s.critiqueTrash.length > 0);
  const loadTrash = useApp((s) => s.loadTrash);
  const restoreStory = useApp((s) => s.restoreStory);
  const purgeStory = useApp((s) => s.purgeStory);
  const notify = useApp((s) => s.notify);
  /** What the open confirmation would delete for good: one story, or the whole trash. */
  const [confirming, setConfirming] = useState<{ ids: string[]; what: string; isAll: boolean } | null>(null);
  const focusAfterPurge = useRef<HTMLElement | null>(null);
  const now = useNow();

  useEffect(() => {
    void loadTrash();
  }, [loadTrash]);

  const fail = (error: unknown) => notify(errorMessage(error), 'error');

  return (
    <div className="library">
      <header className="library-header">
        <div>
          <h1>Trash</h1>
          <p className="library-subtitle">Deleted stories stay here for {TRASH_DAYS} days, then are deleted for good.</p>
        </div>
        {trash.length > 1 && (
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              focusAfterPurge.current = document.getElementById('main');
              setConfirming({ ids: trash.map((s) => s.id), what: `All ${trash.length} stories in the trash`, isAll: true });
            }}
          >
            Empty trash…
          </button>
        )}
      </header>
      {trash.length === 0 ? (
        !hasCritiques && <p className="library-no-match">The trash is empty.</p>
      ) : (
        <ul className="story-list" aria-label="Deleted stories">
          {trash.map((summary) => (
            <li key={summary.id} className="story-card" data-testid="trash-card">
              <div className="story-card-main">
                <h2 className="story-card-title">{summary.title}</h2>
                <p className="story-card-meta trash-card-meta">
                  Deleted {formatRelativeTime(summary.deletedAt ?? now, now)} · deleted for good{' '}
                  {describeTrashExpiry(summary.deletedAt ?? now, now)}
                </p>
              </div>
              <div className="story-card-actions">
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Restore “${summary.title}”`}
                  onClick={(event) => {
                    const next = focusAfter(event.currentTarget);
                    restoreStory(summary.id).then(() => {
                      next?.focus();
                      notify(`“${summary.title}” is back in the library.`);
                    }, fail);
                  }}
                >
                  Restore
                </button>
                <button
                  type="button"
                  className="button button-quiet button-small button-danger"
                  aria-label={`Delete for good: “${summary.title}”`}
                  onClick={(event) => {
                    focusAfterPurge.current = focusAfter(event.currentTarget);
                    setConfirming({ ids: [summary.id], what: `“${summary.title}”`, isAll: false });
                  }}
                >
                  Delete for good
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <CritiqueTrash />
      <Dialog
        isOpen={confirming !== null}
        title={confirming?.isAll ? 'Empty the trash?' : 'Delete for good?'}
        onClose={() => setConfirming(null)}
      >
        <p>
          {confirming?.what} will be removed from this machine and cannot be restored from the trash. Backups made before now
          still hold {confirming?.isAll ? 'them' : 'it'} for up to {KEEP_DAILY_DAYS} days.
        </p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => setConfirming(null)}>
            {confirming?.isAll ? 'Keep them' : 'Keep it'}
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              const ids = confirming?.ids ?? [];
              setConfirming(null);
              // The dialog hands focus back to a button that is about to go; move it on once the cards are gone.
              void (async () => {
                for (const id of ids) await purgeStory(id);
                focusAfterPurge.current?.focus();
              })().catch(fail);
            }}
          >
            {confirming?.isAll ? 'Empty trash' : 'Delete for good'}
          </button>
        </div>
      </Dialog>
    </div>
  );
}
