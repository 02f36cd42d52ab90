/*
 * Ids named like members of Object.prototype, from import to export: an axis called
 * "constructor" must behave like an axis called "speed", and "__proto__" is refused by name.
 */
import { describe, expect, it } from 'vitest';
import { createBackupFile, serializeBackup } from '../../../shared/backup/createBackupFile';
import { parseBackupText } from '../../../shared/backup/parseBackup';
import { newFamily, ratingOf } from '../../../shared/model/families';
import { newStory, type Story } from '../../../shared/model/story';
import { reviewStory } from '../../../shared/review/reviewStory';
import { planRun } from '../../../shared/rehearsal/runPlan';
import { familyMatrix } from '../../../shared/story/familyMatrix';
import { removeAxis, restoreAxis, withRating } from '../../../shared/story/familyAxes';
import { getAt, updateAt } from '../../../shared/story/updateAt';
import { storyMarkdown } from '../../../shared/export/storyMarkdown';
import { storyCompleteness } from '../../../shared/story/completeness';

const MEMBER_NAMES = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'isPrototypeOf'];

/** A story with two axes, the first named `axisId`, and two families; only the first rated on it. */
function storyWithAxis(axisId: string): Story {
  const story = newStory('Hostile ids', Date.UTC(2026, 0, 2));
  const rated = { ...newFamily('Rated'), id: 'family-rated', ratings: { [axisId]: { score: 4 as const, note: 'fast' } } };
  const unrated = { ...newFamily('Unrated'), id: 'family-unrated' };
  return {
    ...story,
    families: {
      axes: [
        { id: axisId, name: 'Speed' },
        { id: 'quality', name: 'Quality' },
      ],
      items: [rated, unrated],
    },
  };
}

/** The story as it comes back through a backup file: JSON text, parsed and validated. */
function throughBackup(story: Story) {
  const file = createBackupFile(
    {
      stories: [story],
      sessions: [],
      formats: [],
      questions: [],
      practice: [],
      preferences: null,
      recordings: [],
      analyses: [],
      critiques: [],
    },
    { scope: 'library', appVersion: '0.1.0', exportedAt: Date.UTC(2026, 0, 3) },
  );
  return parseBackupText(serializeBackup(file));
}

describe.each(MEMBER_NAMES)('an axis whose id is "%s"', (axisId) => {
  const read = throughBackup(storyWithAxis(axisId));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const story = read.file.stories[0]!;

  it('imports with its rating, and an unrated family shows as not rated, not as a built-in function', () => {
    const matrix = familyMatrix(story.families);
    expect(matrix.rows.map((row) => row.cells[0])).toEqual([
      { score: 4, note: 'fast' },
      { score: null, note: '' },
    ]);
    expect(matrix.unrated).toBe(3);
    expect(ratingOf(story.families.items[1]!, axisId)).toEqual({ score: null, note: '' });
  });

  it('exports to markdown with the rating and no built-in source code', () => {
    const markdown = storyMarkdown(story);
    expect(markdown).toContain('fast');
    expect(markdown).not.toContain('[native code]');
    expect(() => reviewStory(story)).not.toThrow();
    expect(() => storyCompleteness(story)).not.toThrow();
  });

  it('rates, removes and restores the axis with its ratings', () => {
    const rated = withRating(story.families, 'family-unrated', axisId, { score: 2 });
    expect(ratingOf(rated.items[1]!, axisId)).toEqual({ score: 2, note: '' });
    const { section, removed } = removeAxis(rated, axisId);
    expect(section.items.every((family) => !Object.hasOwn(family.ratings, axisId))).toBe(true);
    const back = restoreAxis(section, removed!);
    expect(back.items.map((family) => ratingOf(family, axisId).score)).toEqual([4, 2]);
  });

  it('takes a typed note on an unrated cell by path, and reads back only what is stored', () => {
    const path = ['families', 'items', { id: 'family-unrated' }, 'ratings', axisId, 'note'] as const;
    expect(getAt(story, path)).toBeUndefined();
    // A lazy edit to a cell with no rating has no place to land, so it changes nothing (RatingNote creates the rating first).
    expect(updateAt(story, path, 'typed')).toBe(story);
    const withCell = updateAt(story, ['families', 'items', { id: 'family-unrated' }, 'ratings', axisId], {
      score: null,
      note: '',
    });
    expect(getAt(updateAt(withCell, path, 'typed'), path)).toBe('typed');
  });
});

describe('reserved names elsewhere', () => {
  it('refuses an axis id "__proto__" by name', () => {
    const read = throughBackup(storyWithAxis('__proto__'));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => p.message).join('\n')).toContain('an id may not be “__proto__”');
  });

  it('ignores a "__proto__" key among the ratings, says so, and keeps the other ratings as they were', () => {
    const text = serializeBackup(
      createBackupFile(
        {
          stories: [storyWithAxis('speed')],
          sessions: [],
          formats: [],
          questions: [],
          practice: [],
          preferences: null,
          recordings: [],
          analyses: [],
          critiques: [],
        },
        { scope: 'library', appVersion: '0.1.0', exportedAt: Date.UTC(2026, 0, 3) },
      ),
    ).replace('"ratings": {', '"ratings": { "__proto__": { "score": 5, "note": "injected" },');
    const read = parseBackupText(text);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.notes.map((note) => note.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('ignored a key named "__proto__"')]),
    );
    const [rated, unrated] = read.file.stories[0]!.families.items;
    expect(Object.getPrototypeOf(rated!.ratings)).toBe(Object.prototype);
    expect(familyMatrix(read.file.stories[0]!.families).rows.map((row) => row.cells[0])).toEqual([
      { score: 4, note: 'fast' },
      { score: null, note: '' },
    ]);
    expect(ratingOf(unrated!, 'score')).toEqual({ score: null, note: '' });
  });

  it('gives a preset-like segment named "constructor" no cues rather than a built-in function', () => {
    const plan = planRun(
      {
        id: 'fmt-1',
        name: 'Custom',
        presetKey: null,
        source: 'segments',
        totalMs: 60_000,
        segments: [{ id: 'constructor', title: 'Opening', budgetMs: 60_000, tags: [] }],
        warnAtFraction: 0.8,
      },
      null,
    );
    expect(plan.segments[0]!.bullets).toEqual([]);
  });
});
