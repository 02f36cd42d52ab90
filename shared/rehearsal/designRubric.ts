/*
 * The rubric a research-design round is graded on, with the weight each criterion carries, and
 * the user's own scores of a run against it (1 to 5 per criterion, stored with the session).
 */
import type { DesignRubricScores, RubricCriterion } from '../model/rehearsalSession';

export interface RubricCriterionInfo {
  key: RubricCriterion;
  label: string;
  /** Share of the whole grade, 0 to 1; the five add up to 1. */
  weight: number;
  /** What to ask yourself when scoring it. */
  question: string;
}

export const DESIGN_RUBRIC: readonly RubricCriterionInfo[] = [
  {
    key: 'hypothesis',
    label: 'Hypothesis definition',
    weight: 0.3,
    question: 'Did I state the hypothesis first, with a prediction a number could prove wrong?',
  },
  {
    key: 'design',
    label: 'Experimental design',
    weight: 0.25,
    question: 'Would my experiment tell the hypothesis apart from its rivals: baseline, data split, controls?',
  },
  {
    key: 'scalability',
    label: 'Scalability',
    weight: 0.2,
    question: 'Did I say what happens to cost, data and latency as the problem grows?',
  },
  {
    key: 'risk',
    label: 'Risk assessment',
    weight: 0.15,
    question: 'Did I name what could go wrong, how I would see it early, and what I would do then?',
  },
  {
    key: 'clarity',
    label: 'Communication clarity',
    weight: 0.1,
    question: 'Could the panel follow me without asking me to back up?',
  },
];

export const RUBRIC_SCORE_MIN = 1;
export const RUBRIC_SCORE_MAX = 5;

/** The weight as the rubric states it, "30 %". */
export function weightText(weight: number): string {
  return `${Math.round(weight * 100)} %`;
}

/** Scores with none given yet. */
export function emptyRubricScores(): DesignRubricScores {
  return { hypothesis: null, design: null, scalability: null, risk: null, clarity: null };
}

/**
 * The weighted score on the 1–5 scale, to one decimal, or null until every criterion has a
 * score (a partial grade would flatter whatever was scored first).
 */
export function weightedRubricScore(scores: DesignRubricScores | null | undefined): number | null {
  if (!scores) return null;
  // In whole percentage points, so a total like 3.05 rounds the same way every time.
  let points = 0;
  for (const criterion of DESIGN_RUBRIC) {
    const score = scores[criterion.key];
    if (score === null) return null;
    points += Math.round(criterion.weight * 100) * score;
  }
  return Math.round(points / 10) / 10;
}

/** The criterion that costs the most grade: the largest weight times points short of 5; null if unscored. */
export function weakestCriterion(scores: DesignRubricScores | null | undefined): RubricCriterionInfo | null {
  if (weightedRubricScore(scores) === null || !scores) return null;
  let worst: RubricCriterionInfo | null = null;
  let worstLoss = 0;
  for (const criterion of DESIGN_RUBRIC) {
    const loss = criterion.weight * (RUBRIC_SCORE_MAX - (scores[criterion.key] ?? RUBRIC_SCORE_MAX));
    if (loss > worstLoss) {
      worst = criterion;
      worstLoss = loss;
    }
  }
  return worst;
}

/** The research-design preset, whose runs (and the user's edited copy of it, kept under its id) are scored. */
export const DESIGN_FORMAT_ID = 'preset-research-design';

/** Whether a run is scored on the rubric: a run of the research-design round, or one already scored. */
export function isRubricRun(session: { formatId: string; rubric?: DesignRubricScores | undefined }): boolean {
  return session.formatId === DESIGN_FORMAT_ID || session.rubric !== undefined;
}
