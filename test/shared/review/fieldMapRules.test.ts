import { describe, expect, it } from 'vitest';
import { emptyFieldMap, newEvidenceItem, type FieldMap } from '../../../shared/model/fieldMap';
import { docFromText } from '../../../shared/model/richText';
import {
  constraintUnquantified,
  evidenceWithoutLesson,
  noFailureEvidence,
  noFirstHandEvidence,
  noProductUser,
  recentChangeUnsupported,
  subAreaNotNarrower,
} from '../../../shared/review/rules/fieldMapRules';
import { runRule, storyWith } from './runRule';

const withFieldMap = (parts: Partial<FieldMap>) => storyWith({ fieldMap: { ...emptyFieldMap(), ...parts } });

describe('fieldMap.subAreaNotNarrower', () => {
  it.each([
    ['Machine learning', 'Machine learning'],
    ['Machine learning', 'Deep learning'],
    ['Machine learning', 'NLP'],
    ['Natural language processing', 'Retrieval in natural language processing'],
    ['', 'Retrieval'],
  ])('fires when the sub-area of %s is %s', (broadField, subArea) => {
    const hits = runRule(subAreaNotNarrower, withFieldMap({ broadField, subArea }));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.path).toEqual(['fieldMap', 'subArea']);
  });

  it('fires when the sub-area is empty, saying so', () => {
    expect(runRule(subAreaNotNarrower, withFieldMap({ broadField: 'Machine learning' }))[0]!.message).toMatch(/No scoped/);
  });

  it.each([
    ['Machine learning', 'Retrieval-augmented question answering over long documents'],
    ['Natural language processing', 'Dense passage retrieval for multi-hop questions'],
    ['', 'Speculative decoding for on-device LLMs'],
  ])('stays quiet when %s is scoped to %s', (broadField, subArea) => {
    expect(runRule(subAreaNotNarrower, withFieldMap({ broadField, subArea }))).toEqual([]);
  });
});

describe('fieldMap.noFirstHandEvidence', () => {
  it('fires with no evidence, or only blank items', () => {
    expect(runRule(noFirstHandEvidence, withFieldMap({}))).toHaveLength(1);
    expect(runRule(noFirstHandEvidence, withFieldMap({ evidence: [newEvidenceItem('model')] }))).toHaveLength(1);
  });

  it('stays quiet once one item says what was done', () => {
    const evidence = [{ ...newEvidenceItem('dataset'), done: 'Built a 40k-question test set.' }];
    expect(runRule(noFirstHandEvidence, withFieldMap({ evidence }))).toEqual([]);
  });
});

describe('fieldMap.noFailureEvidence', () => {
  it('fires when no filled item is a failure story', () => {
    const evidence = [{ ...newEvidenceItem('model'), done: 'Trained a 1B retriever.' }, { ...newEvidenceItem('failure') }];
    expect(runRule(noFailureEvidence, withFieldMap({ evidence }))).toEqual([
      { path: ['fieldMap', 'evidence'], message: 'None of your evidence is about a failure.' },
    ]);
  });

  it('stays quiet with a failure story, or with no evidence at all (another rule covers that)', () => {
    const evidence = [{ ...newEvidenceItem('failure'), done: 'Chased a loss spike to a bad shard.' }];
    expect(runRule(noFailureEvidence, withFieldMap({ evidence }))).toEqual([]);
    expect(runRule(noFailureEvidence, withFieldMap({}))).toEqual([]);
  });
});

describe('fieldMap.evidenceWithoutLesson', () => {
  it('points at the lesson of each item that has none', () => {
    const item = { ...newEvidenceItem('model'), done: 'Trained a retriever.' };
    expect(runRule(evidenceWithoutLesson, withFieldMap({ evidence: [item] }))).toEqual([
      {
        path: ['fieldMap', 'evidence', { id: item.id }, 'learned'],
        message: '“Trained a retriever.” says what you did but not what you learned.',
      },
    ]);
  });

  it('stays quiet when the lesson is written, or nothing was done yet', () => {
    const learned = { ...newEvidenceItem('model'), done: 'Trained it.', learned: 'Hard negatives matter most.' };
    expect(runRule(evidenceWithoutLesson, withFieldMap({ evidence: [learned, newEvidenceItem()] }))).toEqual([]);
  });
});

describe('fieldMap.recentChangeUnsupported', () => {
  it('fires on a change told with no number, date or result', () => {
    const story = withFieldMap({ recentChange: docFromText('Large language models changed everything.') });
    expect(runRule(recentChangeUnsupported, story)).toHaveLength(1);
  });

  it.each(['Since 2023, context windows grew from 4k to 1M tokens.', ''])('stays quiet on “%s”', (text) => {
    expect(runRule(recentChangeUnsupported, withFieldMap({ recentChange: docFromText(text) }))).toEqual([]);
  });
});

describe('fieldMap.noProductUser', () => {
  it('fires when no user is named, and not once one is', () => {
    expect(runRule(noProductUser, withFieldMap({}))[0]!.path).toEqual(['fieldMap', 'productUser']);
    const story = withFieldMap({ productUser: docFromText('A support agent answering policy questions.') });
    expect(runRule(noProductUser, story)).toEqual([]);
  });
});

describe('fieldMap.constraintUnquantified', () => {
  it('fires on each quantified constraint stated in words only', () => {
    const constraints = {
      quality: 'High.',
      latency: 'Fast.',
      cost: 'Under $0.01 a query.',
      privacy: 'On premises.',
      monitoring: '',
    };
    const hits = runRule(constraintUnquantified, withFieldMap({ constraints }));
    expect(hits.map((hit) => hit.path)).toEqual([
      ['fieldMap', 'constraints', 'quality'],
      ['fieldMap', 'constraints', 'latency'],
    ]);
  });

  it('stays quiet on numbers, on empty constraints and on privacy (rarely a number)', () => {
    const constraints = {
      quality: '',
      latency: 'p95 under 300 ms',
      cost: '',
      privacy: 'No data leaves the EU.',
      monitoring: 'Weekly',
    };
    expect(runRule(constraintUnquantified, withFieldMap({ constraints }))).toEqual([]);
  });
});
