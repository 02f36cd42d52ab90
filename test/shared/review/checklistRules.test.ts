import { describe, expect, it } from 'vitest';
import { newChecklistItem, type ChecklistItem } from '../../../shared/model/checklist';
import { addressedWithoutEvidence, evidenceWithoutNumbers, openRisk } from '../../../shared/review/rules/checklistRules';
import { runRule, storyWith } from './runRule';

const withItems = (...items: ChecklistItem[]) => storyWith({ checklist: { items } });
const item = (parts: Partial<ChecklistItem>): ChecklistItem => ({ ...newChecklistItem('Several seeds'), ...parts });

describe('checklist.openRisk', () => {
  it('lists every item left “not yet” as an open risk, on its status', () => {
    const open = item({ status: 'notYet' });
    const untitled = item({ title: '', status: 'notYet' });
    expect(runRule(openRisk, withItems(open, item({ status: 'addressed' }), untitled))).toEqual([
      { path: ['checklist', 'items', { id: open.id }, 'status'], message: '“Several seeds” is not yet addressed.' },
      { path: ['checklist', 'items', { id: untitled.id }, 'status'], message: 'Item 3 is not yet addressed.' },
    ]);
  });

  it('fires for each built-in item of a new story', () => {
    const story = storyWith({});
    expect(runRule(openRisk, story)).toHaveLength(story.checklist.items.length);
  });

  it.each(['partly', 'addressed', 'notApplicable'] as const)('stays quiet on “%s”', (status) => {
    expect(runRule(openRisk, withItems(item({ status })))).toEqual([]);
  });
});

describe('checklist.addressedWithoutEvidence', () => {
  it.each([
    ['addressed', 'addressed'],
    ['partly', 'partly done'],
  ] as const)('fires on an item marked %s with no evidence', (status, said) => {
    const hit = runRule(addressedWithoutEvidence, withItems(item({ status })))[0]!;
    expect(hit.message).toBe(`“Several seeds” is marked ${said} with no evidence.`);
  });

  it('stays quiet with evidence, or when not claimed done', () => {
    const story = withItems(item({ status: 'addressed', evidence: '5 seeds, ±0.4' }), item({ status: 'notApplicable' }));
    expect(runRule(addressedWithoutEvidence, story)).toEqual([]);
  });
});

describe('checklist.evidenceWithoutNumbers', () => {
  it('fires on evidence made of adjectives', () => {
    const done = item({ status: 'addressed', evidence: 'Tuned carefully.' });
    expect(runRule(evidenceWithoutNumbers, withItems(done))[0]!.path).toEqual([
      'checklist',
      'items',
      { id: done.id },
      'evidence',
    ]);
  });

  it('stays quiet on numbers and on items not claimed done', () => {
    const story = withItems(
      item({ status: 'partly', evidence: '3 seeds so far, std 0.6' }),
      item({ status: 'notYet', evidence: 'Soon.' }),
    );
    expect(runRule(evidenceWithoutNumbers, story)).toEqual([]);
  });
});
