import { useEffect, useRef, useState } from 'react';
import { partitionCritiqueFindings, reviewCritique } from '../../../shared/critique/reviewCritique';
import { critiqueTitle, RIGOR_LENSES, VERDICT_LABELS, type Critique } from '../../../shared/model/critique';
import { formatRelativeTime } from '../../../shared/text/formatRelativeTime';
import { formatRoute } from '../../navigation/route';
import { useApp } from '../../store/StoreProvider';
import { RenameForm } from '../library/RenameForm';

function progressLine(critique: Critique): string {
  const checked = RIGOR_LENSES.filter((lens) => critique.lenses[lens].standing !== 'notChecked').length;
  const { open } = partitionCritiqueFindings(reviewCritique(critique), critique.dismissed);
  const errors = open.filter((f) => f.severity === 'error').length;
  const verdict = critique.verdict.call ? VERDICT_LABELS[critique.verdict.call] : 'no verdict yet';
  return `${checked} of ${RIGOR_LENSES.length} lenses checked · ${verdict} · ${errors === 0 ? 'no errors' : `${errors} ${errors === 1 ? 'error' : 'errors'} to fix`}`;
}

/** One paper critique in the library: open, rename, delete. */
export function CritiqueCard({ critique, snippet, now }: { critique: Critique; snippet: string | null; now: number }) {
  const [isRenaming, setRenaming] = useState(false);
  const renameRef = useRef<HTMLButtonElement>(null);
  const wasRenaming = useRef(false);
  useEffect(() => {
    if (isRenaming) wasRenaming.current = true;
    else if (wasRenaming.current) {
      wasRenaming.current = false;
      renameRef.current?.focus();
    }
  }, [isRenaming]);
  const renameCritique = useApp((s) => s.renameCritique);
  const trashCritique = useApp((s) => s.trashCritique);
  const notify = useApp((s) => s.notify);
  const title = critiqueTitle(critique);
  const venue = [critique.paper.authors, critique.paper.venue].filter((part) => part.trim() !== '').join(' · ');

  return (
    <li className="story-card" data-testid="critique-card">
      <div className="story-card-main">
        {isRenaming ? (
          <RenameForm
            storyId={critique.id}
            title={critique.paper.title}
            rename={renameCritique}
            onDone={() => setRenaming(false)}
          />
        ) : (
          <h3 className="story-card-title">
            <a href={formatRoute({ name: 'critique', critiqueId: critique.id })}>{title}</a>
          </h3>
        )}
        <p className="story-card-meta">
          {venue ? `${venue} · ` : ''}edited {formatRelativeTime(critique.updatedAt, now)}
        </p>
        <p className="story-card-meta">{progressLine(critique)}</p>
        {snippet && <p className="story-card-snippet">{snippet}</p>}
      </div>
      {!isRenaming && (
        <div className="story-card-actions">
          <button
            ref={renameRef}
            type="button"
            className="button button-quiet button-small"
            aria-label={`Rename “${title}”`}
            onClick={() => setRenaming(true)}
          >
            Rename
          </button>
          <button
            type="button"
            className="button button-quiet button-small button-danger"
            aria-label={`Delete “${title}”`}
            onClick={(event) => {
              const card = event.currentTarget.closest('li');
              const neighbour = (card?.nextElementSibling ?? card?.previousElementSibling)?.querySelector('a');
              trashCritique(critique.id)
                .then(() => (neighbour ?? document.getElementById('main'))?.focus())
                .catch((error: unknown) => notify(error instanceof Error ? error.message : String(error), 'error'));
            }}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
