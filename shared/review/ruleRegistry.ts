/*
 * Every review rule, in the order findings are listed: by section as the workspace shows them,
 * then by the order of the fields within the section.
 */
import type { Rule } from './finding';
import { BET_RULES } from './rules/betRules';
import { CHECKLIST_RULES } from './rules/checklistRules';
import { CONTRIBUTION_RULES } from './rules/contributionRules';
import { FAMILY_RULES } from './rules/familyRules';
import { FIELD_MAP_RULES } from './rules/fieldMapRules';
import { LIMITATIONS_RULES } from './rules/limitationsRules';
import { OUTLINE_RULES } from './rules/outlineRules';

export const RULES: readonly Rule[] = [
  ...FIELD_MAP_RULES,
  ...FAMILY_RULES,
  ...BET_RULES,
  ...CONTRIBUTION_RULES,
  ...CHECKLIST_RULES,
  ...LIMITATIONS_RULES,
  ...OUTLINE_RULES,
];

/** The rule of that id, if there is one. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
