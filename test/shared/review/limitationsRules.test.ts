import { describe, expect, it } from 'vitest';
import { emptyLimitations, newFailureMode, type Limitations } from '../../../shared/model/limitations';
import { docFromText } from '../../../shared/model/richText';
import {
  failureModeWithoutEvidence,
  measuredBelievedEmpty,
  noComputeScaling,
  noExpectedOutcome,
  noFailureModes,
  noNextExperiment,
} from '../../../shared/review/rules/limitationsRules';
import { runRule, storyWith } from './runRule';

function goodLimitations(parts: Partial<Limitations> = {}): Limitations {
  return {
    ...emptyLimitations(),
    failureModes: [{ ...newFailureMode(), where: 'Questions needing 4+ hops.', evidence: 'Recall falls from 71% to 38%.' }],
    nextExperiment: 'Train on synthetic 4-hop chains.',
    nextExpected: 'Recall on 4 hops recovers to 60%; if not, the reader is the bottleneck.',
    measured: docFromText('Recall and answer accuracy on three QA sets.'),
    believed: docFromText('That the gain carries to legal documents.'),
    computeUp: 'Train a reader jointly.',
    computeDown: 'Distil the retriever first.',
    ...parts,
  };
}

const withLimitations = (parts: Partial<Limitations> = {}) => storyWith({ limitations: goodLimitations(parts) });
const rules = [
  noFailureModes,
  failureModeWithoutEvidence,
  noNextExperiment,
  noExpectedOutcome,
  measuredBelievedEmpty,
  noComputeScaling,
];

describe('limitations rules on good limitations', () => {
  it.each(rules.map((rule) => [rule.id, rule] as const))('%s stays quiet', (_, rule) => {
    expect(runRule(rule, withLimitations())).toEqual([]);
  });
});

describe('limitations.noFailureModes', () => {
  it('fires with none, or only blank ones', () => {
    expect(runRule(noFailureModes, withLimitations({ failureModes: [] }))).toHaveLength(1);
    expect(runRule(noFailureModes, withLimitations({ failureModes: [newFailureMode()] }))[0]!.path).toEqual([
      'limitations',
      'failureModes',
    ]);
  });
});

describe('limitations.failureModeWithoutEvidence', () => {
  it('points at the evidence of a failure mode that has none', () => {
    const mode = { ...newFailureMode(), where: 'Tables.' };
    expect(runRule(failureModeWithoutEvidence, withLimitations({ failureModes: [mode] }))).toEqual([
      { path: ['limitations', 'failureModes', { id: mode.id }, 'evidence'], message: '“Tables.” has no evidence.' },
    ]);
  });
});

describe('limitations.noNextExperiment and noExpectedOutcome', () => {
  it('asks for the experiment, then for its expected outcome', () => {
    expect(runRule(noNextExperiment, withLimitations({ nextExperiment: '' }))[0]!.path).toEqual([
      'limitations',
      'nextExperiment',
    ]);
    expect(runRule(noExpectedOutcome, withLimitations({ nextExperiment: '', nextExpected: '' }))).toEqual([]);
    expect(runRule(noExpectedOutcome, withLimitations({ nextExpected: '' }))[0]!.path).toEqual(['limitations', 'nextExpected']);
  });
});

describe('limitations.measuredBelievedEmpty', () => {
  it('points at each empty side', () => {
    const hits = runRule(measuredBelievedEmpty, withLimitations({ measured: docFromText(''), believed: docFromText('') }));
    expect(hits.map((hit) => hit.path)).toEqual([
      ['limitations', 'measured'],
      ['limitations', 'believed'],
    ]);
    expect(runRule(measuredBelievedEmpty, withLimitations({ believed: docFromText('') }))).toHaveLength(1);
  });
});

describe('limitations.noComputeScaling', () => {
  it('points at each compute answer left blank', () => {
    expect(runRule(noComputeScaling, withLimitations({ computeDown: '' })).map((hit) => hit.path)).toEqual([
      ['limitations', 'computeDown'],
    ]);
  });
});
