import type { Critique } from '../model/critique';
import type { Severity } from '../review/finding';
import type { Path } from '../story/updateAt';
import { CRITIQUE_RULES, type CritiqueRule } from './critiqueRules';

export interface CritiqueFinding {
  ruleId: string;
  severity: Severity;
  title: string;
  message: string;
  why: string;
  fix: string;
  path: Path;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, hint: 2 };

/** Every finding of the rules on a critique, errors first, then in rule order. */
export function reviewCritique(critique: Critique, rules: readonly CritiqueRule[] = CRITIQUE_RULES): CritiqueFinding[] {
  const findings = rules.flatMap((rule) =>
    rule.check(critique).map((hit) => ({
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
