import { describe, expect, it } from 'vitest';
import { emptyFamilies, newFamily, type Family } from '../../../shared/model/families';
import type { Story } from '../../../shared/model/story';
import {
  familyNoAssumptions,
  familyNoFailureCase,
  familyNoWinsWhen,
  familyUnconditionalComparative,
  familyUnratedAxes,
  tooFewFamilies,
} from '../../../shared/review/rules/familyRules';
import { runRule, storyWith } from './runRule';

const withFamilies = (...items: Family[]): Story => storyWith({ families: { ...emptyFamilies(), items } });

/** A family with every field a panel asks about filled in. */
function fullFamily(name: string, parts: Partial<Family> = {}): Family {
  return {
    ...newFamily(name),
    idea: 'Score passages by the overlap of weighted terms.',
    failsWhere: 'Paraphrased questions with no shared words.',
    assumes: 'Queries and passages share vocabulary.',
    winsWhen: [{ id: 'w1', text: 'Queries name rare entities.' }],
    ...parts,
  };
}

describe('families.tooFew', () => {
  it('fires with fewer than three started families, not counting blank ones', () => {
    expect(runRule(tooFewFamilies, withFamilies())[0]!.message).toBe('No method families yet.');
    const hits = runRule(tooFewFamilies, withFamilies(fullFamily('Sparse'), fullFamily('Dense'), newFamily()));
    expect(hits[0]!.message).toBe('Only 2 method families.');
  });

  it('stays quiet with three', () => {
    expect(runRule(tooFewFamilies, withFamilies(fullFamily('A'), fullFamily('B'), fullFamily('C')))).toEqual([]);
  });
});

describe('families.noFailureCase, noAssumptions, noWinsWhen', () => {
  it('point at the missing field of each started family', () => {
    const family = { ...newFamily('Dense retrieval'), idea: 'Embed both sides.' };
    const story = withFamilies(family);
    const base = ['families', 'items', { id: family.id }];
    expect(runRule(familyNoFailureCase, story)).toEqual([
      { path: [...base, 'failsWhere'], message: '“Dense retrieval” has no failure case.' },
    ]);
    expect(runRule(familyNoAssumptions, story)[0]!.path).toEqual([...base, 'assumes']);
    expect(runRule(familyNoWinsWhen, story)[0]!.path).toEqual([...base, 'winsWhen']);
  });

  it('name an unnamed family by its position', () => {
    const family = { ...newFamily(), idea: 'Something.' };
    expect(runRule(familyNoFailureCase, withFamilies(newFamily('A'), family))[1]!.message).toBe('Family 2 has no failure case.');
  });

  it('stay quiet on a complete family and on a blank one', () => {
    const story = withFamilies(fullFamily('Sparse'), newFamily());
    expect(runRule(familyNoFailureCase, story)).toEqual([]);
    expect(runRule(familyNoAssumptions, story)).toEqual([]);
    expect(runRule(familyNoWinsWhen, story)).toEqual([]);
  });

  it('count a “wins when” left blank as missing', () => {
    const family = fullFamily('Sparse', { winsWhen: [{ id: 'w', text: '  ' }] });
    expect(runRule(familyNoWinsWhen, withFamilies(family))).toHaveLength(1);
  });
});

describe('families.unconditionalComparative', () => {
  it('fires on a bare comparative in the idea, naming it', () => {
    const family = fullFamily('Dense', { idea: 'It outperforms sparse retrieval.' });
    expect(runRule(familyUnconditionalComparative, withFamilies(family))).toEqual([
      {
        path: ['families', 'items', { id: family.id }, 'idea'],
        message: '“Dense” (idea) says “outperforms” with no condition attached.',
      },
    ]);
  });

  it('fires on a bare comparative in a rating note', () => {
    const story = withFamilies(fullFamily('Dense'));
    const axis = story.families.axes[0]!;
    const family = story.families.items[0]!;
    family.ratings[axis.id] = { score: 5, note: 'The best there is.' };
    expect(runRule(familyUnconditionalComparative, story)[0]!.path).toEqual([
      'families',
      'items',
      { id: family.id },
      'ratings',
      axis.id,
      'note',
    ]);
  });

  it.each([
    'It is not better than a tuned BM25.',
    'When queries are paraphrased, it outperforms sparse retrieval.',
    'It outperforms sparse retrieval on paraphrased questions.',
    'Reviewers called it “state of the art”.',
    'At best it matches BM25.',
  ])('stays quiet on: %s', (idea) => {
    expect(runRule(familyUnconditionalComparative, withFamilies(fullFamily('Dense', { idea })))).toEqual([]);
  });

  it('does not read the “wins when” conditions, which are conditions by definition', () => {
    const family = fullFamily('Dense', { winsWhen: [{ id: 'w', text: 'Better on paraphrases; best overall.' }] });
    expect(runRule(familyUnconditionalComparative, withFamilies(family))).toEqual([]);
  });
});

describe('families.unratedAxes', () => {
  it('points at the first unrated axis and counts them', () => {
    const story = withFamilies(fullFamily('Dense'));
    const [first, second] = story.families.axes;
    const family = story.families.items[0]!;
    family.ratings[first!.id] = { score: 3, note: '' };
    const hits = runRule(familyUnratedAxes, story);
    expect(hits).toEqual([
      {
        path: ['families', 'items', { id: family.id }, 'ratings', second!.id, 'score'],
        message: '“Dense” is not rated on 5 axes.',
      },
    ]);
  });

  it('stays quiet once every axis is rated', () => {
    const story = withFamilies(fullFamily('Dense'));
    const family = story.families.items[0]!;
    for (const axis of story.families.axes) family.ratings[axis.id] = { score: 4, note: '' };
    expect(runRule(familyUnratedAxes, story)).toEqual([]);
  });
});
