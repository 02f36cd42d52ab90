import { useEffect, useMemo } from 'react';
import type { Story } from '../../../shared/model/story';
import type { Finding } from '../../../shared/review/finding';
import { countBySeverity, partitionFindings, withDismissal, withoutDismissal } from '../../../shared/review/partitionFindings';
import { storyCompleteness } from '../../../shared/story/completeness';
import { formatRoute, parseRoute } from '../../app/route';
import { CompletenessMeter } from '../../components/CompletenessMeter';
import { useApp } from '../../store/StoreProvider';
import { useAutosaveTriggers } from '../story/useAutosaveTriggers';
import { SectionReadiness } from './SectionReadiness';
import { describeCounts } from './severityText';
import { useStoryFindings } from './useStoryFindings';
import './readiness.css';

/**
 * Keeps the story open while its review is shown (the workspace may be closing it as we arrive),
 * and closes it on leaving, unless for the story itself (a finding's link), which keeps it open.
 */
function useOpenStory(storyId: string): Story | null {
  const story = useApp((s) => (s.story?.id === storyId ? s.story : null));
  const status = useApp((s) => s.storyStatus);
  const openStory = useApp((s) => s.openStory);
  const closeStory = useApp((s) => s.closeStory);
  const isOtherOpen = useApp((s) => s.story !== null && s.story.id !== storyId);
  useEffect(() => {
    if (status === 'idle' || isOtherOpen) void openStory(storyId);
  }, [status, isOtherOpen, storyId, openStory]);
  useEffect(
    () => () => {
      // By now the location already names where the user went.
      const next = parseRoute(window.location.hash);
      if (next.name !== 'story' || next.storyId !== storyId) void closeStory();
    },
    [storyId, closeStory],
  );
  return story;
}

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

  if (status === 'missing') {
    return (
      <div className="workspace-message">
        <h1>This story is not in your library</h1>
        <p>
          <a href={formatRoute({ name: 'library' })}>Back to the library</a>
        </p>
      </div>
    );
  }
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
