import type { Story } from '../../../shared/model/story';
import { countBySeverity, partitionFindings, worstSeverity } from '../../../shared/review/partitionFindings';
import { overallCompleteness, storyCompleteness } from '../../../shared/story/completeness';
import { formatRoute } from '../../navigation/route';
import { describeCounts } from './severityText';
import { useStoryFindings } from './useStoryFindings';
import './readiness.css';

/** The way from a story to its readiness review, with the count of open findings. */
export function ReadinessLink({ story }: { story: Story }) {
  const findings = useStoryFindings(story);
  const open = findings ? partitionFindings(findings, story.dismissed).open : null;
  const counts = open ? countBySeverity(open) : null;
  // A story with nothing written yet is not "in error": its findings are the work ahead, so the
  // badge stays neutral until the first field holds content.
  const isBlank = overallCompleteness(storyCompleteness(story)) === 0;
  const worst = counts && !isBlank ? worstSeverity(counts) : null;
  // The visible text starts the accessible name ("Readiness 12 open findings: …"), as speech input expects.
  return (
    <a className="button button-small readiness-link" href={formatRoute({ name: 'readiness', storyId: story.id })}>
      Readiness
      {open && counts && (
        <>
          {' '}
          <span className={`readiness-badge severity-${worst ?? 'none'}`} data-testid="findings-count">
            {open.length}
          </span>
          <span className="visually-hidden">
            {' '}
            open {open.length === 1 ? 'finding' : 'findings'}: {describeCounts(counts)}
          </span>
        </>
      )}
    </a>
  );
}
