import { describe, expect, it } from 'vitest';
import { copyStoryWithNewIds } from '../../../shared/backup/copyStoryWithNewIds';
import { planImport } from '../../../shared/backup/planImport';
import { newFamily } from '../../../shared/model/families';
import { storySchema } from '../../../shared/model/story';
import { newCritique } from '../../../shared/model/critique';
import { validBackup } from './badBackupCorpus';

function counter() {
  let n = 0;
  return () => `new-${++n}`;
}

const none = {
  storyIds: new Set<string>(),
  critiqueIds: new Set<string>(),
  sessionIds: new Set<string>(),
  formatIds: new Set<string>(),
  questionIds: new Set<string>(),
  practiceIds: new Set<string>(),
  hasPreferences: false,
};

describe('copyStoryWithNewIds', () => {
  it('gives every record a new id, keeps ratings on their axes, and marks the title', () => {
    const story = validBackup().stories[0]!;
    const axis = story.families.axes[0]!;
    story.families.items = [{ ...newFamily('Dense'), ratings: { [axis.id]: { score: 4, note: 'fast' } } }];
    const { story: copy, idMap } = copyStoryWithNewIds(story, counter());
    expect(storySchema.parse(copy).title).toBe('Sparse attention (imported copy)');
    expect(copy.id).toBe('new-1');
    const newAxisId = idMap.get(axis.id)!;
    expect(copy.families.items[0]!.ratings).toEqual({ [newAxisId]: { score: 4, note: 'fast' } });
    const oldIds = JSON.stringify(story).match(/"id":"[^"]+"/g)!;
    const copyText = JSON.stringify(copy);
    for (const id of oldIds) expect(copyText).not.toContain(id);
  });

  it('keeps a long title within the limit', () => {
    const story = { ...validBackup().stories[0]!, title: 'x'.repeat(200) };
    expect(storySchema.safeParse(copyStoryWithNewIds(story, counter()).story).success).toBe(true);
  });
});

describe('planImport', () => {
  it('takes everything as it is into an empty library', () => {
    const file = validBackup();
    const plan = planImport(file, none, counter());
    expect(plan.stories).toEqual(file.stories);
    expect(plan.report).toEqual({ storiesAdded: 1, storiesCopied: [], sessionsAdded: 0, critiquesAdded: 0, alreadyPresent: 0 });
  });

  it('keeps records the library already holds and counts them', () => {
    const file = validBackup();
    file.formats = [
      { id: 'f1', name: 'Talk', presetKey: null, source: 'segments', totalMs: 60_000, segments: [], warnAtFraction: 0.8 },
    ];
    file.preferences = { theme: 'dark', wordsPerMinute: 150 };
    const plan = planImport(file, { ...none, formatIds: new Set(['f1']), hasPreferences: true }, counter());
    expect(plan.formats).toEqual([]);
    expect(plan.preferences).toBeNull();
    expect(plan.report.alreadyPresent).toBe(1);
  });

  it('brings in critiques, a critique whose id is taken as a copy under a new id', () => {
    const file = validBackup();
    const kept = newCritique('Kept paper', 0);
    const clashing = newCritique('Clashing paper', 0);
    file.critiques = [kept, clashing];
    const plan = planImport(file, { ...none, critiqueIds: new Set([clashing.id]) }, counter());
    expect(plan.critiques).toEqual([kept, { ...clashing, id: 'new-1' }]);
    expect(plan.report.critiquesAdded).toBe(2);
  });
});
