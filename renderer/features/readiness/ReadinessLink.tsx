import type { Story } from '../../../shared/model/story';
import { countBySeverity, partitionFindings, worstSeverity } from '../../../shared/review/partitionFindings';
import { formatRoute } from '../../app/route';
import { describeCounts } from './severityText';
import { useStoryFindings } from './useStoryFindings';
import './readiness.css';

/** The way from a story to its readiness review, with the count of open findings. */
export function ReadinessLink({ story }: { story: Story }) {
  const findings = useStoryFindings(story);
  const open = findings ? partitionFindings(findings, story.dismissed).open : null;
  const counts = open ? countBySeverity(open) : null;
  const worst = counts ? worstSeverity(counts) : null;
  const label = counts ? `Readiness review: ${describeCounts(counts)} open` : 'Readiness review';
  return (
    <a
      className="button button-small readiness-link"
      href={formatRoute({ name: 'readiness', storyId: story.id })}
      aria-label={label}
    >
      Readiness
      {open && (
        <span className={`readiness-badge severity-${worst ?? 'none'}`} aria-hidden="true" data-testid="findings-count">
          {open.length}
        </span>
      )}
    </a>
  );
}
