import type { SectionId } from '../model/sections';
import type { Dismissal } from '../model/story';
import { SEVERITIES, type Finding, type Severity } from './finding';

export interface DismissedFinding<F = Finding> {
  finding: F;
  dismissal: Dismissal;
}

export interface PartitionedFindings<F = Finding> {
  open: F[];
  dismissed: Array<DismissedFinding<F>>;
}

/** Findings the user has not dismissed, and those they have, with the reason they gave (a story's or a critique's). */
export function partitionFindings<F extends { key: string } = Finding>(
  findings: readonly F[],
  dismissals: readonly Dismissal[],
): PartitionedFindings<F> {
  const byKey = new Map(dismissals.map((d) => [d.key, d]));
  const open: F[] = [];
  const dismissed: Array<DismissedFinding<F>> = [];
  for (const finding of findings) {
    const dismissal = byKey.get(finding.key);
    if (dismissal) dismissed.push({ finding, dismissal });
    else open.push(finding);
  }
  return { open, dismissed };
}

export type SeverityCounts = Record<Severity, number>;

/** How many findings of each severity. */
export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, hint: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** The counts of each section that has findings. */
export function countBySection(findings: readonly Finding[]): Partial<Record<SectionId, SeverityCounts>> {
  const counts: Partial<Record<SectionId, SeverityCounts>> = {};
  for (const finding of findings) {
    const section = (counts[finding.section] ??= { error: 0, warning: 0, hint: 0 });
    section[finding.severity] += 1;
  }
  return counts;
}

/** The most severe level among some counts, or null when there are none. */
export function worstSeverity(counts: SeverityCounts): Severity | null {
  return SEVERITIES.find((severity) => counts[severity] > 0) ?? null;
}

/** Most dismissals a story keeps (the story schema's limit); past it the oldest go first. */
export const MAX_DISMISSALS = 500;

/** The story's dismissals with one more (replacing an earlier one for the same finding), within the limit. */
export function withDismissal(dismissals: readonly Dismissal[], dismissal: Dismissal): Dismissal[] {
  return [...dismissals.filter((d) => d.key !== dismissal.key), dismissal].slice(-MAX_DISMISSALS);
}

/** The story's dismissals without the one for that finding. */
export function withoutDismissal(dismissals: readonly Dismissal[], key: string): Dismissal[] {
  return dismissals.filter((d) => d.key !== key);
}
