import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyFamilies, newFamily, type FamiliesSection } from '../../../shared/model/families';
import {
  addAxis,
  axisLabel,
  countRemovedRatings,
  duplicateAxisNames,
  moveAxis,
  removeAxis,
  restoreAxis,
  withRating,
} from '../../../shared/story/familyAxes';
import { familyLabel, familyMatrix } from '../../../shared/story/familyMatrix';

function rated(): FamiliesSection {
  const section = emptyFamilies();
  const [quality, sample] = section.axes;
  const a = newFamily('Sparse retrieval');
  const b = newFamily('Dense retrieval');
  let next: FamiliesSection = { ...section, items: [a, b] };
  next = withRating(next, a.id, quality!.id, { score: 3, note: 'BM25 holds up' });
  next = withRating(next, b.id, quality!.id, { score: 4 });
  next = withRating(next, b.id, sample!.id, { note: 'needs 20k pairs' });
  return next;
}

describe('axis edits', () => {
  it('removes an axis with its ratings, and restores both exactly', () => {
    const before = rated();
    const quality = before.axes[0]!;
    const { section, removed } = removeAxis(before, quality.id);
    expect(section.axes.map((a) => a.name)).not.toContain('Quality');
    expect(section.items.every((f) => !(quality.id in f.ratings))).toBe(true);
    expect(countRemovedRatings(removed!)).toBe(2);
    expect(restoreAxis(section, removed!)).toEqual(before);
  });

  it('restores into a section that changed meanwhile, skipping families deleted since', () => {
    const before = rated();
    const { section, removed } = removeAxis(before, before.axes[0]!.id);
    const withoutFirst = { ...section, items: section.items.slice(1) };
    const restored = restoreAxis(withoutFirst, removed!);
    expect(restored.axes[0]!.name).toBe('Quality');
    expect(restored.items[0]!.ratings[before.axes[0]!.id]).toEqual({ score: 4, note: '' });
  });

  it('leaves the section alone for an unknown axis or a second restore', () => {
    const before = rated();
    expect(removeAxis(before, 'nope')).toEqual({ section: before, removed: null });
    const { removed } = removeAxis(before, before.axes[1]!.id);
    expect(restoreAxis(before, removed!)).toBe(before);
  });

  it('keeps the same axes and ratings whatever the moves', () => {
    const start = rated();
    const sortedIds = (s: FamiliesSection) => s.axes.map((a) => a.id).sort();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(8), fc.nat(8)), { maxLength: 10 }), (moves) => {
        let section = start;
        for (const [from, to] of moves) section = moveAxis(section, from, to);
        expect(sortedIds(section)).toEqual(sortedIds(start));
        expect(section.items).toBe(start.items);
      }),
    );
  });

  it('adds an axis at the end, unrated for every family', () => {
    const section = addAxis(rated(), { id: 'new-axis', name: 'Cost' });
    expect(section.axes.at(-1)).toEqual({ id: 'new-axis', name: 'Cost' });
    expect(familyMatrix(section).rows.map((r) => r.cells.at(-1)!.score)).toEqual([null, null]);
  });

  it('names unnamed axes and families by position, and finds duplicate names', () => {
    expect(axisLabel({ id: 'x', name: '  ' }, 2)).toBe('Axis 3');
    expect(familyLabel(newFamily(''), 0)).toBe('Family 1');
    expect(
      duplicateAxisNames([
        { id: 'a', name: 'Latency' },
        { id: 'b', name: ' latency ' },
        { id: 'c', name: '' },
        { id: 'd', name: '' },
      ]),
    ).toEqual(['Latency']);
  });
});

describe('familyMatrix', () => {
  it('lays out a row per family and a cell per axis, counting unrated cells', () => {
    const matrix = familyMatrix(rated());
    expect(matrix.columns.map((c) => c.label)).toEqual([
      'Quality',
      'Sample efficiency',
      'Compute efficiency',
      'Latency',
      'Robustness',
      'Deployability',
    ]);
    expect(matrix.rows.map((r) => r.cells[0]!.score)).toEqual([3, 4]);
    expect(matrix.rows[1]!.cells[1]).toEqual({ score: null, note: 'needs 20k pairs' });
    expect(matrix.cellCount).toBe(12);
    expect(matrix.unrated).toBe(10);
  });
});
