import { useEffect, useRef, useState } from 'react';
import { EVENT_KIND_LABELS } from '../../../shared/model/event';
import type { StorySummary } from '../../../shared/story/summarizeStory';
import { daysBetween, formatRelativeTime, localDate } from '../../../shared/text/formatRelativeTime';
import { formatRoute } from '../../navigation/route';
import { CompletenessMeter } from '../../components/CompletenessMeter';
import { useApp } from '../../store/StoreProvider';
import { RenameForm } from './RenameForm';
import { errorMessage } from '../../../shared/text/errorMessage';

function eventLine(summary: StorySummary, now: number): string {
  const kind = EVENT_KIND_LABELS[summary.event.kind];
  if (!summary.event.date) return kind;
  const days = daysBetween(localDate(now), summary.event.date);
  const when =
    days === 0 ? 'today' : days > 0 ? `in ${days} day${days === 1 ? '' : 's'}` : `${-days} day${days === -1 ? '' : 's'} ago`;
  return `${kind} · ${summary.event.date} (${when})`;
}

/** One story in the library: open, rename, duplicate, delete. */
export function StoryCard({ summary, snippet, now }: { summary: StorySummary; snippet: string | null; now: number }) {
  const [isRenaming, setRenaming] = useState(false);
  const renameRef = useRef<HTMLButtonElement>(null);
  const wasRenaming = useRef(false);
  // The rename form replaces the buttons; when it closes, focus goes back to Rename, not to the page.
  useEffect(() => {
    if (isRenaming) wasRenaming.current = true;
    else if (wasRenaming.current) {
      wasRenaming.current = false;
      renameRef.current?.focus();
    }
  }, [isRenaming]);
  const duplicateStory = useApp((s) => s.duplicateStory);
  const trashStory = useApp((s) => s.trashStory);
  const notify = useApp((s) => s.notify);
  const fail = (error: unknown) => notify(errorMessage(error), 'error');
  const href = formatRoute({ name: 'story', storyId: summary.id, section: 'fieldMap' });

  return (
    <li className="story-card" data-testid="story-card">
      <div className="story-card-main">
        {isRenaming ? (
          <RenameForm storyId={summary.id} title={summary.title} onDone={() => setRenaming(false)} />
        ) : (
          <h2 className="story-card-title">
            <a href={href}>{summary.title}</a>
            {summary.isSample && <span className="badge">Sample</span>}
          </h2>
        )}
        <p className="story-card-meta">
          {eventLine(summary, now)} · edited {formatRelativeTime(summary.updatedAt, now)}
        </p>
        {snippet && <p className="story-card-snippet">{snippet}</p>}
        <CompletenessMeter sections={summary.completeness} />
      </div>
      {!isRenaming && (
        <div className="story-card-actions">
          <button
            ref={renameRef}
            type="button"
            className="button button-quiet button-small"
            aria-label={`Rename “${summary.title}”`}
            onClick={() => setRenaming(true)}
          >
            Rename
          </button>
          <button
            type="button"
            className="button button-quiet button-small"
            aria-label={`Duplicate “${summary.title}”`}
            onClick={() => duplicateStory(summary.id).catch(fail)}
          >
            Duplicate
          </button>
          <button
            type="button"
            className="button button-quiet button-small button-danger"
            aria-label={`Delete “${summary.title}”`}
            onClick={(event) => {
              // The card goes away with the button: keep keyboard focus in the list, not on the page.
              const card = event.currentTarget.closest('li');
              const neighbour = (card?.nextElementSibling ?? card?.previousElementSibling)?.querySelector('a');
              trashStory(summary.id)
                .then(() => (neighbour ?? document.getElementById('main'))?.focus())
                .catch(fail);
            }}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
