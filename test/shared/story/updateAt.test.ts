import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathKey, updateAt } from '../../../shared/story/updateAt';

const story = {
  title: 'T',
  families: {
    items: [
      { id: 'a', name: 'A', ratings: {} as Record<string, number> },
      { id: 'b', name: 'B', ratings: {} },
    ],
  },
};

describe('updateAt', () => {
  it('replaces a nested value without touching the original', () => {
    const next = updateAt(story, ['families', 'items', { id: 'b' }, 'name'], 'Beta');
    expect(next.families.items[1]!.name).toBe('Beta');
    expect(story.families.items[1]!.name).toBe('B');
    expect(next.families.items[0]).toBe(story.families.items[0]);
  });

  it('finds records by id wherever they moved', () => {
    const reordered = { ...story, families: { items: [...story.families.items].reverse() } };
    const next = updateAt(reordered, ['families', 'items', { id: 'a' }, 'name'], 'Alpha');
    expect(next.families.items.map((f) => f.name)).toEqual(['B', 'Alpha']);
  });

  it('drops an edit to a record that no longer exists', () => {
    expect(updateAt(story, ['families', 'items', { id: 'gone' }, 'name'], 'X')).toBe(story);
  });

  it('adds a key to a record map (a new rating)', () => {
    const next = updateAt(story, ['families', 'items', { id: 'a' }, 'ratings', 'axis1'], 4);
    expect(next.families.items[0]!.ratings).toEqual({ axis1: 4 });
  });

  it('does not invent structure along a missing path', () => {
    expect(updateAt(story, ['nope', 'deeper'], 1)).toBe(story);
  });

  it('reads back what it wrote, for any string value', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('a', 'b'), (value, id) => {
        const next = updateAt(story, ['families', 'items', { id }, 'name'], value);
        return next.families.items.find((f) => f.id === id)?.name === value;
      }),
    );
  });
});

describe('pathKey', () => {
  it('tells record steps from key steps', () => {
    expect(pathKey(['a', { id: 'b' }, 'c'])).toBe('a/#b/c');
    expect(pathKey(['a', 'b', 'c'])).not.toBe(pathKey(['a', { id: 'b' }, 'c']));
  });
});
