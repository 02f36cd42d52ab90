import type { Checklist, CheckStatus } from '../model/checklist';

export interface ChecklistProgress {
  counts: Record<CheckStatus, number>;
  total: number;
  /** Items still "not yet": the open risks. */
  open: number;
}

/** How many checklist items have each status. */
export function checklistProgress(checklist: Checklist): ChecklistProgress {
  const counts: Record<CheckStatus, number> = { notYet: 0, partly: 0, addressed: 0, notApplicable: 0 };
  for (const item of checklist.items) counts[item.status] += 1;
  return { counts, total: checklist.items.length, open: counts.notYet };
}
