/*
 * The vocabulary of the review engine: a rule reads a story and reports hits; the engine turns
 * each hit into a finding that carries the rule's id, severity and explanation, and the path of
 * the field it concerns (the same path the workspace uses for the field's DOM id).
 */
import type { SectionId } from '../model/sections';
import type { Story } from '../model/story';
import type { Path } from '../story/updateAt';
import type { ReviewConfig } from './reviewConfig';

export const SEVERITIES = ['error', 'warning', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_LABELS: Record<Severity, string> = { error: 'Error', warning: 'Warning', hint: 'Hint' };

/** What every rule may read besides the story: the config, today's date and the speaking pace. */
export interface RuleContext {
  config: ReviewConfig;
  /** Today as YYYY-MM-DD, so that date rules stay deterministic. */
  today: string;
  wordsPerMinute: number;
}

/** One place where a rule fires. */
export interface RuleHit {
  path: Path;
  /** What is wrong here, specifically ("“Dense retrieval” says “outperforms” with no condition"). */
  message: string;
}

export interface Rule {
  /** Stable id, "section.name": dismissals and tests refer to it. */
  id: string;
  section: SectionId;
  severity: Severity;
  /** A short name for the kind of weakness. */
  title: string;
  /** Why a panel would probe it. */
  why: string;
  /** How to fix it. */
  fix: string;
  check(story: Story, context: RuleContext): RuleHit[];
}

export interface Finding {
  /** Stable across edits of the text: the rule and the field, used to dismiss the finding. */
  key: string;
  ruleId: string;
  section: SectionId;
  severity: Severity;
  title: string;
  message: string;
  why: string;
  fix: string;
  path: Path;
}
