import { describe, expect, it } from 'vitest';
import { defaultChecklist, newChecklistItem, type CheckStatus } from '../../../shared/model/checklist';
import { checklistProgress } from '../../../shared/story/checklistProgress';

describe('checklistProgress', () => {
  it('counts every built-in item of a new story as an open risk', () => {
    const checklist = defaultChecklist();
    const progress = checklistProgress(checklist);
    expect(progress.total).toBe(checklist.items.length);
    expect(progress.open).toBe(checklist.items.length);
    expect(progress.counts).toEqual({ notYet: checklist.items.length, partly: 0, addressed: 0, notApplicable: 0 });
  });

  it('counts each status, the user’s own items included', () => {
    const statuses: CheckStatus[] = ['addressed', 'addressed', 'partly', 'notApplicable', 'notYet'];
    const items = statuses.map((status) => ({ ...newChecklistItem('mine'), status }));
    expect(checklistProgress({ items })).toEqual({
      counts: { addressed: 2, partly: 1, notApplicable: 1, notYet: 1 },
      total: 5,
      open: 1,
    });
  });

  it('has nothing to count in an empty checklist', () => {
    expect(checklistProgress({ items: [] })).toEqual({
      counts: { addressed: 0, partly: 0, notApplicable: 0, notYet: 0 },
      total: 0,
      open: 0,
    });
  });
});
