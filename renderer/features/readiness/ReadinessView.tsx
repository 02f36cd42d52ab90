import { useEffect, useMemo } from 'react';
import type { Finding } from '../../../shared/review/finding';
import { countBySeverity, partitionFindings, withDismissal, withoutDismissal } from '../../../shared/review/partitionFindings';
import { storyCompleteness } from '../../../shared/story/completeness';
import { formatRoute } from '../../navigation/route';
import { CompletenessMeter } from '../../components/CompletenessMeter';
import { useApp } from '../../store/StoreProvider';
import { useAutosaveTriggers } from '../story/useAutosaveTriggers';
import { StoryMissing } from '../story/StoryMissing';
import { useOpenStory } from '../story/useOpenStory';
import { SectionReadiness } from './SectionReadiness';
import { describeCounts } from './severityText';
import { useStoryFindings } from './useStoryFindings';
import './readiness.css';

/** What a hostile panel would attack in a story, section by section, with a way to each field. */
export function ReadinessView({ storyId }: { storyId: string }) {
  const story = useOpenStory(storyId);
  const status = useApp((s) => s.storyStatus);
  const changeStory = useApp((s) => s.changeStory);
  const findings = useStoryFindings(story);
  useAutosaveTriggers();

  useEffect(() => {
    document.title = story ? `Readiness · ${story.title} · Viva` : 'Viva';
  }, [story]);

  const sections = useMemo(() => (story ? storyCompleteness(story) : []), [story]);

  if (status === 'missing') return <StoryMissing />;
  if (!story || !findings) return <p className="workspace-loading">Reviewing the story…</p>;

  const { open, dismissed } = partitionFindings(findings, story.dismissed);
  const dismiss = (finding: Finding, reason: string) =>
    changeStory(
      (s) => ({ ...s, dismissed: withDismissal(s.dismissed, { key: finding.key, reason, at: Date.now() }) }),
      'dismissed a finding',
    );
  const restore = (key: string) =>
    changeStory((s) => ({ ...s, dismissed: withoutDismissal(s.dismissed, key) }), 'brought back a dismissed finding');

  return (
    <div className="readiness">
      <header className="readiness-head">
        <p className="readiness-kicker">
          <a href={formatRoute({ name: 'story', storyId, section: 'fieldMap' })}>← {story.title}</a>
        </p>
        <h1>Readiness review</h1>
        <p className="readiness-summary" role="status">
          {open.length === 0
            ? 'No open findings: nothing here a panel could easily attack.'
            : `Open: ${describeCounts(countBySeverity(open))}.`}
          {dismissed.length > 0 && ` ${dismissed.length} dismissed.`}
        </p>
        <CompletenessMeter sections={sections} />
        <p className="readiness-note">
          Errors are what a panel would attack first; warnings weaken an answer; hints polish it. Follow a finding to its field:
          this list follows your edits.
        </p>
      </header>
      {sections.map((completeness) => (
        <SectionReadiness
          key={completeness.section}
          storyId={storyId}
          completeness={completeness}
          open={open.filter((f) => f.section === completeness.section)}
          dismissed={dismissed.filter((d) => d.finding.section === completeness.section)}
          onDismiss={dismiss}
          onRestore={restore}
        />
      ))}
    </div>
  );
}
