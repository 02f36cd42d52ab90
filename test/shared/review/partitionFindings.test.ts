import { describe, expect, it } from 'vitest';
import { storySchema, type Dismissal } from '../../../shared/model/story';
import {
  countBySection,
  countBySeverity,
  MAX_DISMISSALS,
  partitionFindings,
  withDismissal,
  withoutDismissal,
  worstSeverity,
} from '../../../shared/review/partitionFindings';
import { reviewStory } from '../../../shared/review/reviewStory';
import { weakStory } from '../../fixtures/stories/weakStory';

const findings = reviewStory(weakStory(), { today: '2026-03-01' });
const dismissal = (key: string, reason = 'Covered in the talk.'): Dismissal => ({ key, reason, at: 1 });

describe('partitionFindings', () => {
  it('keeps dismissed findings, with their reason, apart from open ones', () => {
    const target = findings[2]!;
    const { open, dismissed } = partitionFindings(findings, [dismissal(target.key), dismissal('gone@nowhere')]);
    expect(open).toHaveLength(findings.length - 1);
    expect(open).not.toContain(target);
    expect(dismissed).toEqual([{ finding: target, dismissal: dismissal(target.key) }]);
  });
});

describe('withDismissal and withoutDismissal', () => {
  it('replace an earlier dismissal of the same finding, and remove it', () => {
    const list = withDismissal([dismissal('a'), dismissal('b')], dismissal('a', 'New reason.'));
    expect(list).toEqual([dismissal('b'), dismissal('a', 'New reason.')]);
    expect(withoutDismissal(list, 'a')).toEqual([dismissal('b')]);
  });

  it('keeps within what a story may store, dropping the oldest dismissal first', () => {
    const full = Array.from({ length: MAX_DISMISSALS }, (_, i) => dismissal(`k${i}`));
    const next = withDismissal(full, dismissal('newest'));
    expect(next).toHaveLength(MAX_DISMISSALS);
    expect(next[0]!.key).toBe('k1');
    expect(next.at(-1)!.key).toBe('newest');
    expect(storySchema.shape.dismissed.safeParse(next).success).toBe(true);
  });
});

describe('counts', () => {
  it('count by severity and by section, and name the worst severity', () => {
    const counts = countBySeverity(findings);
    expect(counts.error + counts.warning + counts.hint).toBe(findings.length);
    const bySection = countBySection(findings);
    expect(Object.values(bySection).reduce((sum, c) => sum + c.error + c.warning + c.hint, 0)).toBe(findings.length);
    expect(worstSeverity(counts)).toBe('error');
    expect(worstSeverity({ error: 0, warning: 0, hint: 2 })).toBe('hint');
    expect(worstSeverity({ error: 0, warning: 0, hint: 0 })).toBeNull();
  });
});
