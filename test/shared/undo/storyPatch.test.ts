import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newFamily } from '../../../shared/model/families';
import { newStory } from '../../../shared/model/story';
import { getAt, updateAt, type Path } from '../../../shared/story/updateAt';
import { applyPatch } from '../../../shared/undo/applyPatch';
import { diffPatch } from '../../../shared/undo/diffPatch';
import { invertPatch } from '../../../shared/undo/patch';

// Trees shaped like a story: text fields, record lists with ids (nested), keyed maps, plain lists.
const ID = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
const recordArb = fc.record({
  id: ID,
  title: fc.string({ maxLength: 4 }),
  score: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  tags: fc.array(fc.constantFrom('x', 'y', 'z'), { maxLength: 3 }),
  rows: fc.uniqueArray(fc.record({ id: ID, text: fc.string({ maxLength: 3 }) }), { selector: (r) => r.id, maxLength: 3 }),
  ratings: fc.dictionary(fc.constantFrom('speed', 'cost', 'toString'), fc.integer({ min: 1, max: 5 }), { maxKeys: 3 }),
});
const treeArb = fc.record({
  title: fc.string({ maxLength: 5 }),
  note: fc.option(fc.string({ maxLength: 5 }), { nil: undefined }),
  items: fc.uniqueArray(recordArb, { selector: (r) => r.id, maxLength: 5 }),
  order: fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 4 }),
});

/** JSON-equal (undefined keys are absent, as in stored records). */
function json(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

describe('story patches', () => {
  it('apply(diff(a, b), a) is b, and apply(invert(diff(a, b)), b) is a', () => {
    fc.assert(
      fc.property(treeArb, treeArb, (a, b) => {
        const patch = diffPatch(a, b);
        expect(json(applyPatch(a, patch))).toEqual(json(b));
        expect(json(applyPatch(b, invertPatch(patch)))).toEqual(json(a));
      }),
      { numRuns: 400 },
    );
  });

  it('undo commutes with a later edit of a field the change did not touch', () => {
    fc.assert(
      fc.property(treeArb, treeArb, fc.string({ maxLength: 6 }), (a, b, typed) => {
        // The change touches the items only; the user then types into the title.
        const before = { ...a, title: 'start' };
        const after = { ...b, title: 'start' };
        const undo = invertPatch(diffPatch(before, after));
        const typedAfter = { ...after, title: typed };
        expect(json(applyPatch(typedAfter, undo))).toEqual(json({ ...before, title: typed }));
      }),
      { numRuns: 300 },
    );
  });

  it('undo of a structural change keeps text typed since in a record it did not remove', () => {
    fc.assert(
      fc.property(treeArb, fc.string({ minLength: 1, maxLength: 6 }), (a, typed) => {
        fc.pre(a.items.length >= 2);
        const [first, second] = a.items as [(typeof a.items)[0], (typeof a.items)[0]];
        // Delete the first record, then type into the second; undo brings the first back only.
        const deleted = { ...a, items: a.items.filter((r) => r.id !== first.id) };
        const undo = invertPatch(diffPatch(a, deleted));
        const path: Path = ['items', { id: second.id }, 'title'];
        const typedAfter = updateAt(deleted, path, typed);
        const undone = applyPatch(typedAfter, undo);
        expect(undone.items.map((r) => r.id)).toEqual(a.items.map((r) => r.id));
        expect(getAt(undone, path)).toBe(typed);
        expect(json(undone.items[0])).toEqual(json(first));
      }),
      { numRuns: 300 },
    );
  });

  it('undoing a reorder moves only the records it moved, whatever was added since', () => {
    const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const moved = [{ id: 'c' }, { id: 'a' }, { id: 'b' }];
    const undo = invertPatch(diffPatch({ list }, { list: moved }));
    const withNew = { list: [...moved, { id: 'n' }] };
    expect(applyPatch(withNew, undo).list.map((r) => r.id)).toEqual(['a', 'b', 'c', 'n']);
  });

  it('an undone insert is not inserted twice, and an edit to a removed record is dropped', () => {
    const a = { list: [{ id: 'a', text: '' }] };
    const b = {
      list: [
        { id: 'a', text: '' },
        { id: 'b', text: 'new' },
      ],
    };
    const patch = diffPatch(a, b);
    expect(applyPatch(b, patch)).toEqual(b);
    const edit = diffPatch(b, updateAt(b, ['list', { id: 'b' }, 'text'], 'typed'));
    expect(applyPatch(a, edit)).toEqual(a);
  });

  it('undoes a family delete in a real story, ratings and notes included', () => {
    const family = { ...newFamily(), name: 'Sparse methods' };
    const blank = newStory('Thesis', 1);
    const rated = { ...family, ratings: { [blank.families.axes[0]?.id ?? 'x']: { score: 4 as const, note: 'fast' } } };
    const story = { ...blank, families: { ...blank.families, items: [rated] } };
    const without = { ...story, families: { ...story.families, items: [] } };
    const patch = diffPatch(story, without);
    expect(patch).toHaveLength(1);
    expect(patch[0]?.kind).toBe('remove');
    expect(applyPatch(without, invertPatch(patch))).toEqual(story);
  });

  it('treats prototype-named keys as ordinary keys', () => {
    const a = { ratings: {} as Record<string, number> };
    const b = { ratings: { constructor: 3, toString: 2 } };
    const patch = diffPatch(a, b);
    expect(json(applyPatch(a, patch))).toEqual(b);
    expect(json(applyPatch(b, invertPatch(patch)))).toEqual(a);
  });
});
