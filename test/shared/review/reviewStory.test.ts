import { describe, expect, it } from 'vitest';
import { SECTION_IDS } from '../../../shared/model/sections';
import { newStory } from '../../../shared/model/story';
import { REVIEW_CONFIG } from '../../../shared/review/reviewConfig';
import { findingKey, reviewStory } from '../../../shared/review/reviewStory';
import { RULES, ruleById } from '../../../shared/review/ruleRegistry';
import { getAt } from '../../../shared/story/updateAt';
import { weakStory } from '../../fixtures/stories/weakStory';

const TODAY = { today: '2026-03-01' };

describe('the rule registry', () => {
  it('holds at least 20 rules with unique, stable ids', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
    for (const rule of RULES) expect(rule.id).toMatch(new RegExp(`^${rule.section}\\.[a-zA-Z]+$`));
  });

  it('covers every section', () => {
    expect(new Set(RULES.map((rule) => rule.section))).toEqual(new Set(SECTION_IDS));
  });

  it('explains every rule: a title, why a panel probes it and how to fix it, as full sentences', () => {
    for (const rule of RULES) {
      expect(rule.title.length).toBeGreaterThan(5);
      expect(rule.why).toMatch(/[.?!”]$/);
      expect(rule.fix).toMatch(/[.?!”]$/);
    }
  });

  it('finds a rule by its id', () => {
    expect(ruleById('bets.noDisconfirming')?.severity).toBe('error');
    expect(ruleById('nope')).toBeUndefined();
  });
});

describe('reviewStory on the weak story', () => {
  const story = weakStory();
  const findings = reviewStory(story, TODAY);
  const ids = new Set(findings.map((finding) => finding.ruleId));

  it.each([
    'fieldMap.subAreaNotNarrower',
    'fieldMap.noFailureEvidence',
    'fieldMap.evidenceWithoutLesson',
    'fieldMap.recentChangeUnsupported',
    'fieldMap.noProductUser',
    'fieldMap.constraintUnquantified',
    'families.tooFew',
    'families.noFailureCase',
    'families.noAssumptions',
    'families.noWinsWhen',
    'families.unconditionalComparative',
    'bets.noDisconfirming',
    'bets.noHorizon',
    'bets.extremeConfidence',
    'bets.notMeasurable',
    'bets.unconditionalComparative',
    'bets.horizonPassed',
    'contribution.tooLong',
    'contribution.noPersonalPart',
    'contribution.unconditionalComparative',
    'contribution.altitudeEmpty',
    'contribution.altitudeNoReason',
    'checklist.openRisk',
    'checklist.addressedWithoutEvidence',
    'checklist.evidenceWithoutNumbers',
    'limitations.noFailureModes',
    'limitations.noNextExperiment',
    'limitations.measuredBelievedEmpty',
    'outline.beatOverBudget',
    'outline.talkOverBudget',
    'fieldMap.blankFraming',
    'fieldMap.noMonitoringPlan',
    'bets.noEvidence',
    'checklist.gainsWithOpenBaselines',
    'limitations.noFirstGuard',
  ])('raises %s', (id) => {
    expect(ids).toContain(id);
  });

  it('does not raise what the weak story gets right', () => {
    // It has first-hand evidence, and the second bet states a quantity.
    expect(ids).not.toContain('fieldMap.noFirstHandEvidence');
    expect(findings.filter((f) => f.ruleId === 'bets.notMeasurable')).toHaveLength(1);
  });

  it('lists findings by section in workspace order, errors before warnings before hints', () => {
    const rank = findings.map((f) => SECTION_IDS.indexOf(f.section) * 10 + ['error', 'warning', 'hint'].indexOf(f.severity));
    expect(rank).toEqual([...rank].sort((a, b) => a - b));
  });

  it('gives every finding a unique key from its rule and field', () => {
    expect(new Set(findings.map((f) => f.key)).size).toBe(findings.length);
    for (const finding of findings) expect(finding.key).toBe(findingKey(finding.ruleId, finding.path));
  });

  it('points every finding at a place that exists in the story', () => {
    for (const finding of findings) {
      // A rating is stored only once the family is rated, so its path ends in the family.
      const ratings = finding.path.indexOf('ratings');
      const path = ratings === -1 ? finding.path : finding.path.slice(0, ratings);
      expect(getAt(story, path), finding.key).not.toBeUndefined();
    }
  });

  it('is deterministic: the same story gives the same findings', () => {
    expect(reviewStory(story, TODAY)).toEqual(findings);
  });
});

describe('reviewStory options', () => {
  it('runs with no options, judging dates against the day of the last edit', () => {
    const story = { ...weakStory(), updatedAt: Date.UTC(2023, 5, 1) };
    // The stale bet's horizon (2024-01-01) has not passed on 2023-06-01.
    expect(reviewStory(story).some((f) => f.ruleId === 'bets.horizonPassed')).toBe(false);
    expect(reviewStory(story, TODAY).some((f) => f.ruleId === 'bets.horizonPassed')).toBe(true);
  });

  it('reads its thresholds from the config it is given', () => {
    const story = weakStory();
    const lenient = { ...REVIEW_CONFIG, maxContributionSentences: 5 };
    expect(reviewStory(story, { ...TODAY, config: lenient }).some((f) => f.ruleId === 'contribution.tooLong')).toBe(false);
  });

  it('uses the speaking pace it is given', () => {
    const story = weakStory();
    const fast = reviewStory(story, { ...TODAY, wordsPerMinute: 260 });
    const slow = reviewStory(story, { ...TODAY, wordsPerMinute: 60 });
    const beats = (fs: typeof fast) => fs.filter((f) => f.ruleId === 'outline.beatOverBudget').length;
    expect(beats(slow)).toBeGreaterThanOrEqual(beats(fast));
    expect(slow.some((f) => f.ruleId === 'outline.talkOverBudget')).toBe(true);
  });

  it('finds on a new story only what a blank story lacks, with no comparatives or timing issues', () => {
    const findings = reviewStory(newStory('Blank', Date.UTC(2026, 2, 1)), TODAY);
    expect(findings.some((f) => f.ruleId.endsWith('unconditionalComparative'))).toBe(false);
    expect(findings.some((f) => f.section === 'outline')).toBe(false);
    expect(findings.some((f) => f.ruleId === 'contribution.missingStatement')).toBe(true);
  });
});
