import { partitionCritiqueFindings, reviewCritique } from '../../../shared/critique/reviewCritique';
import { critiqueTitle, RIGOR_LENSES, VERDICT_LABELS, type Critique } from '../../../shared/model/critique';
import { formatRelativeTime } from '../../../shared/text/formatRelativeTime';
import { formatRoute } from '../../navigation/route';
import { useApp } from '../../store/StoreProvider';
import { LibraryCard } from '../library/LibraryCard';

function progressLine(critique: Critique): string {
  const checked = RIGOR_LENSES.filter((lens) => critique.lenses[lens].standing !== 'notChecked').length;
  const { open } = partitionCritiqueFindings(reviewCritique(critique), critique.dismissed);
  const errors = open.filter((f) => f.severity === 'error').length;
  const verdict = critique.verdict.call ? VERDICT_LABELS[critique.verdict.call] : 'no verdict yet';
  return `${checked} of ${RIGOR_LENSES.length} lenses checked · ${verdict} · ${errors === 0 ? 'no errors' : `${errors} ${errors === 1 ? 'error' : 'errors'} to fix`}`;
}

/** One paper critique in the library: open, rename, delete. */
export function CritiqueCard({ critique, snippet, now }: { critique: Critique; snippet: string | null; now: number }) {
  const renameCritique = useApp((s) => s.renameCritique);
  const trashCritique = useApp((s) => s.trashCritique);
  const venue = [critique.paper.authors, critique.paper.venue].filter((part) => part.trim() !== '').join(' · ');

  return (
    <LibraryCard
      id={critique.id}
      title={critiqueTitle(critique)}
      renameFrom={critique.paper.title}
      href={formatRoute({ name: 'critique', critiqueId: critique.id })}
      heading="h3"
      testId="critique-card"
      rename={renameCritique}
      trash={trashCritique}
    >
      <p className="story-card-meta">
        {venue ? `${venue} · ` : ''}edited {formatRelativeTime(critique.updatedAt, now)}
      </p>
      <p className="story-card-meta">{progressLine(critique)}</p>
      {snippet && <p className="story-card-snippet">{snippet}</p>}
    </LibraryCard>
  );
}
