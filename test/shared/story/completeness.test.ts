import { describe, expect, it } from 'vitest';
import { newFamily } from '../../../shared/model/families';
import { docFromText } from '../../../shared/model/richText';
import { newStory } from '../../../shared/model/story';
import { overallCompleteness, sectionCompleteness, storyCompleteness } from '../../../shared/story/completeness';

describe('completeness', () => {
  const blank = newStory('Blank', 0);

  it('counts nothing filled in a new story, not even the default beat titles', () => {
    expect(sectionCompleteness(blank, 'fieldMap')).toEqual({ section: 'fieldMap', filled: 0, total: 12 });
    expect(sectionCompleteness(blank, 'outline').filled).toBe(0);
    expect(sectionCompleteness(blank, 'families')).toEqual({ section: 'families', filled: 0, total: 1 });
  });

  it("counts a beat's title once the user changes it", () => {
    const [first, ...rest] = blank.outline.beats;
    const story = { ...blank, outline: { ...blank.outline, beats: [{ ...first!, title: 'Why laptops need this' }, ...rest] } };
    expect(sectionCompleteness(story, 'outline').filled).toBe(1);
  });

  it('counts filled fields, rich text by its text', () => {
    const story = {
      ...blank,
      fieldMap: { ...blank.fieldMap, broadField: 'NLP', coreTask: docFromText('QA over long documents') },
    };
    expect(sectionCompleteness(story, 'fieldMap').filled).toBe(2);
  });

  it('counts a family as rated only when every axis has a score', () => {
    const family = { ...newFamily('Dense retrieval'), idea: 'Embed and search' };
    const [first, ...rest] = blank.families.axes;
    const partly = { ...family, ratings: { [first!.id]: { score: 4 as const, note: '' } } };
    const fully = {
      ...family,
      ratings: Object.fromEntries(blank.families.axes.map((a) => [a.id, { score: 3 as const, note: '' }])),
    };
    const count = (f: typeof family) =>
      sectionCompleteness({ ...blank, families: { ...blank.families, items: [f] } }, 'families');
    expect(count(partly)).toEqual({ section: 'families', filled: 2, total: 10 });
    expect(count(fully).filled).toBe(3);
    expect(rest.length).toBeGreaterThan(0);
  });

  it('treats checklist items as done once they leave "not yet"', () => {
    const items = blank.checklist.items.map((item, i) => (i < 3 ? { ...item, status: 'notApplicable' as const } : item));
    expect(sectionCompleteness({ ...blank, checklist: { items } }, 'checklist').filled).toBe(3);
  });

  it('sums to an overall share between 0 and 1', () => {
    expect(overallCompleteness(storyCompleteness(blank))).toBe(0);
    const started = { ...blank, fieldMap: { ...blank.fieldMap, broadField: 'NLP' } };
    const share = overallCompleteness(storyCompleteness(started));
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThan(1);
  });
});
