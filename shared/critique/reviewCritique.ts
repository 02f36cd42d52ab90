import type { Critique } from '../model/critique';
import type { Finding, Severity } from '../review/finding';
import { partitionFindings } from '../review/partitionFindings';
import { pathKey } from '../story/updateAt';
import { CRITIQUE_RULES, type CritiqueRule } from './critiqueRules';

/** A story finding without a section: a critique has none. The key is the rule and the field. */
export type CritiqueFinding = Omit<Finding, 'section'>;

const ORDER: Record<Severity, number> = { error: 0, warning: 1, hint: 2 };

/** Every finding of the rules on a critique, errors first, then in rule order. */
export function reviewCritique(critique: Critique, rules: readonly CritiqueRule[] = CRITIQUE_RULES): CritiqueFinding[] {
  const findings = rules.flatMap((rule) =>
    rule.check(critique).map((hit) => ({
      // The same form as a story finding's key (reviewStory's findingKey), without loading the story rules.
      key: `${rule.id}@${pathKey(hit.path)}`,
      ruleId: rule.id,
      severity: rule.severity,
      title: rule.title,
      why: rule.why,
      fix: rule.fix,
      message: hit.message,
      path: hit.path,
    })),
  );
  return findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

/** Findings not set aside, and those set aside with the reason given. */
export function partitionCritiqueFindings(
  findings: readonly CritiqueFinding[],
  dismissals: Critique['dismissed'],
): { open: CritiqueFinding[]; dismissed: Array<{ finding: CritiqueFinding; reason: string }> } {
  const { open, dismissed } = partitionFindings(findings, dismissals);
  return { open, dismissed: dismissed.map(({ finding, dismissal }) => ({ finding, reason: dismissal.reason })) };
}
