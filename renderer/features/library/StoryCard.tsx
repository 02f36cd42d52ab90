import { EVENT_KIND_LABELS } from '../../../shared/model/event';
import type { StorySummary } from '../../../shared/story/summarizeStory';
import { daysBetween, formatRelativeTime, localDate } from '../../../shared/text/formatRelativeTime';
import { formatRoute } from '../../navigation/route';
import { CompletenessMeter } from '../../components/CompletenessMeter';
import { useApp } from '../../store/StoreProvider';
import { LibraryCard } from './LibraryCard';
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
  const duplicateStory = useApp((s) => s.duplicateStory);
  const trashStory = useApp((s) => s.trashStory);
  const notify = useApp((s) => s.notify);

  return (
    <LibraryCard
      id={summary.id}
      title={summary.title}
      renameFrom={summary.title}
      href={formatRoute({ name: 'story', storyId: summary.id, section: 'fieldMap' })}
      heading="h2"
      testId="story-card"
      badge={summary.isSample && <span className="badge">Sample</span>}
      actions={
        <button
          type="button"
          className="button button-quiet button-small"
          aria-label={`Duplicate “${summary.title}”`}
          onClick={() => duplicateStory(summary.id).catch((error: unknown) => notify(errorMessage(error), 'error'))}
        >
          Duplicate
        </button>
      }
      trash={trashStory}
    >
      <p className="story-card-meta">
        {eventLine(summary, now)} · edited {formatRelativeTime(summary.updatedAt, now)}
      </p>
      {snippet && <p className="story-card-snippet">{snippet}</p>}
      <CompletenessMeter sections={summary.completeness} />
    </LibraryCard>
  );
}
