import { describe, expect, it } from 'vitest';
import { emptyContribution, type Contribution } from '../../../shared/model/contribution';
import { docFromText } from '../../../shared/model/richText';
import {
  altitudeEmpty,
  altitudeNoReason,
  contributionMissing,
  contributionNoGap,
  contributionNoPersonalPart,
  contributionNoTeamPart,
  contributionTooLong,
  contributionUnconditionalComparative,
  myPartSaysWe,
} from '../../../shared/review/rules/contributionRules';
import { runRule, storyWith } from './runRule';

const altitude = (text: string, why = 'It is the simplest thing that works.') => ({ text: docFromText(text), why });

/** A contribution a panel could not fault. */
function goodContribution(parts: Partial<Contribution> = {}): Contribution {
  return {
    ...emptyContribution(),
    statement: 'A retriever trained on its own reader’s errors halves missed answers on multi-hop questions at the same latency.',
    myPart: 'I designed the error-driven sampling and ran every ablation.',
    teamPart: 'Two colleagues built the evaluation harness.',
    gap: 'Prior retrievers were trained on clicks, never on the reader’s failures.',
    mainIdea: 'Train the retriever on the questions the reader gets wrong.',
    altitudes: {
      intuition: altitude('Practise what you fail.'),
      formal: altitude('Importance-weighted contrastive loss.'),
      implementation: altitude('Mine errors nightly and fine-tune.'),
      complexity: altitude('One extra pass over the errors: about 3% more compute.'),
    },
    ...parts,
  };
}

const withContribution = (parts: Partial<Contribution> = {}) => storyWith({ contribution: goodContribution(parts) });
const rules = [
  contributionMissing,
  contributionTooLong,
  contributionNoPersonalPart,
  myPartSaysWe,
  contributionNoTeamPart,
  contributionNoGap,
  contributionUnconditionalComparative,
  altitudeEmpty,
  altitudeNoReason,
];

describe('contribution rules on a good contribution', () => {
  it.each(rules.map((rule) => [rule.id, rule] as const))('%s stays quiet', (_, rule) => {
    expect(runRule(rule, withContribution())).toEqual([]);
  });
});

describe('contribution.missingStatement', () => {
  it('fires on a blank statement', () => {
    expect(runRule(contributionMissing, withContribution({ statement: '   ' }))[0]!.path).toEqual(['contribution', 'statement']);
  });
});

describe('contribution.tooLong', () => {
  it('fires past two sentences, counting them', () => {
    const statement = 'We propose a method. It beats every baseline. It also works on other tasks.';
    expect(runRule(contributionTooLong, withContribution({ statement }))[0]!.message).toBe(
      'The statement runs to 3 sentences; aim for 2 at most.',
    );
  });

  it.each([
    'We extend the method of Lee et al. to multi-hop questions. It halves missed answers.',
    'The gain, e.g. on HotpotQA, is 4.5 points. It holds across 3 seeds.',
  ])('does not count abbreviations or decimals as sentence ends: %s', (statement) => {
    expect(runRule(contributionTooLong, withContribution({ statement }))).toEqual([]);
  });
});

describe('contribution.noPersonalPart', () => {
  it('fires when my part is blank', () => {
    expect(runRule(contributionNoPersonalPart, withContribution({ myPart: '' }))).toEqual([
      { path: ['contribution', 'myPart'], message: 'Your own part is not stated.' },
    ]);
  });
});

describe('contribution.myPartSaysWe', () => {
  it('fires when my part says “we” and never “I”', () => {
    expect(runRule(myPartSaysWe, withContribution({ myPart: 'We built the sampler.' }))).toHaveLength(1);
  });

  it.each(['I built the sampler; we then tuned it together.', 'Built the sampler alone.', ''])(
    'stays quiet on “%s”',
    (myPart) => {
      expect(runRule(myPartSaysWe, withContribution({ myPart }))).toEqual([]);
    },
  );
});

describe('contribution.noTeamPart and noGap', () => {
  it('fire when the statement is written but they are blank', () => {
    const story = withContribution({ teamPart: '', gap: '' });
    expect(runRule(contributionNoTeamPart, story)[0]!.path).toEqual(['contribution', 'teamPart']);
    expect(runRule(contributionNoGap, story)[0]!.path).toEqual(['contribution', 'gap']);
  });

  it('wait for the statement before asking for them', () => {
    const story = withContribution({ statement: '', teamPart: '', gap: '' });
    expect(runRule(contributionNoTeamPart, story)).toEqual([]);
    expect(runRule(contributionNoGap, story)).toEqual([]);
  });
});

describe('contribution.unconditionalComparative', () => {
  it('fires on the statement and on the main idea', () => {
    const story = withContribution({ statement: 'Our method outperforms all baselines.', mainIdea: 'A better retriever.' });
    expect(runRule(contributionUnconditionalComparative, story)).toEqual([
      { path: ['contribution', 'statement'], message: 'The statement says “outperforms” with no condition attached.' },
      { path: ['contribution', 'mainIdea'], message: 'The main idea says “better” with no condition attached.' },
    ]);
  });

  it.each([
    'Our method outperforms all baselines on multi-hop questions.',
    'Under a fixed latency budget, our method outperforms all baselines.',
    'Our method does not outperform the tuned baseline, but it costs a tenth.',
    'Reviewers asked whether it is “state of the art”.',
  ])('stays quiet on: %s', (statement) => {
    expect(runRule(contributionUnconditionalComparative, withContribution({ statement }))).toEqual([]);
  });
});

describe('contribution.altitudeEmpty and altitudeNoReason', () => {
  it('point at each empty altitude, and at the reason of a written one', () => {
    const base = goodContribution();
    const story = withContribution({
      altitudes: { ...base.altitudes, formal: altitude(''), complexity: altitude('Linear in the corpus.', '') },
    });
    expect(runRule(altitudeEmpty, story)).toEqual([
      { path: ['contribution', 'altitudes', 'formal', 'text'], message: 'Formal statement is empty.' },
    ]);
    expect(runRule(altitudeNoReason, story)).toEqual([
      { path: ['contribution', 'altitudes', 'complexity', 'why'], message: 'Complexity gives no reason for the choice.' },
    ]);
  });

  it('wait for the statement before asking for altitudes', () => {
    const story = storyWith({});
    expect(runRule(altitudeEmpty, story)).toEqual([]);
    expect(runRule(altitudeNoReason, story)).toEqual([]);
  });
});
