/*
 * The review engine: every rule over a story, offline and deterministic. The same story, date
 * and pace always give the same findings in the same order.
 */
import { DEFAULT_WPM } from '../model/preferences';
import { SECTION_IDS } from '../model/sections';
import type { Story } from '../model/story';
import { pathKey, type Path } from '../story/updateAt';
import { SEVERITIES, type Finding, type Rule, type RuleContext } from './finding';
import { REVIEW_CONFIG, type ReviewConfig } from './reviewConfig';
import { RULES } from './ruleRegistry';

export interface ReviewOptions {
  /** Today as YYYY-MM-DD; the day the story was last edited when left out, so the result stays pure. */
  today?: string;
  /** Speaking pace for the talk-timing rules; the app's default pace when left out. */
  wordsPerMinute?: number;
  config?: ReviewConfig;
  rules?: readonly Rule[];
}

/** The key a finding is dismissed under: its rule and its field, so editing the text keeps the dismissal. */
export function findingKey(ruleId: string, path: Path): string {
  return `${ruleId}@${pathKey(path)}`;
}

/** The findings of every rule on a story, by section, errors first within a section. */
export function reviewStory(story: Story, options: ReviewOptions = {}): Finding[] {
  const context: RuleContext = {
    config: options.config ?? REVIEW_CONFIG,
    today: options.today ?? new Date(story.updatedAt).toISOString().slice(0, 10),
    wordsPerMinute: options.wordsPerMinute ?? DEFAULT_WPM,
  };
  const rules = options.rules ?? RULES;
  const findings = rules.flatMap((rule) =>
    rule.check(story, context).map((hit): Finding => ({
      key: findingKey(rule.id, hit.path),
      ruleId: rule.id,
      section: rule.section,
      severity: rule.severity,
      title: rule.title,
      message: hit.message,
      why: rule.why,
      fix: rule.fix,
      path: hit.path,
    })),
  );
  const rank = (f: Finding) => [SECTION_IDS.indexOf(f.section), SEVERITIES.indexOf(f.severity)] as const;
  // Array.prototype.sort is stable, so rule and field order survive within a severity.
  return findings.sort((a, b) => {
    const [sa, va] = rank(a);
    const [sb, vb] = rank(b);
    return sa - sb || va - vb;
  });
}
