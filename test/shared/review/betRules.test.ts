import { describe, expect, it } from 'vitest';
import { newBet, type Bet } from '../../../shared/model/bets';
import {
  betExtremeConfidence,
  betHorizonPassed,
  betNoConfidence,
  betNoDisconfirming,
  betNoHorizon,
  betNotMeasurable,
  betUnconditionalComparative,
  noBets,
} from '../../../shared/review/rules/betRules';
import { runRule, storyWith } from './runRule';

/** A bet a panel could not fault. */
function goodBet(parts: Partial<Bet> = {}): Bet {
  return {
    ...newBet(),
    statement: 'By 2027, retrieval-augmented 7B models will match 70B models on 80% of open-book QA benchmarks.',
    horizon: '2027-12-31',
    confidence: 60,
    evidence: 'The gap halved in each of the last two years.',
    disconfirming: 'The gap on the hardest open-book benchmark stops shrinking for a year.',
    ...parts,
  };
}

const withBets = (...bets: Bet[]) => storyWith({ bets });

describe('bets.none', () => {
  it('fires with no bets and not with one', () => {
    expect(runRule(noBets, withBets())).toEqual([{ path: ['bets'], message: 'No bets yet.' }]);
    expect(runRule(noBets, withBets(goodBet()))).toEqual([]);
  });
});

describe('bet rules on a good bet and on a blank one', () => {
  const rules = [
    betNoDisconfirming,
    betNoHorizon,
    betExtremeConfidence,
    betNoConfidence,
    betNotMeasurable,
    betUnconditionalComparative,
    betHorizonPassed,
  ];
  it.each(rules.map((rule) => [rule.id, rule] as const))('%s stays quiet', (_, rule) => {
    // A bet with no statement yet is a draft: the rules wait for the statement.
    expect(runRule(rule, withBets(goodBet(), newBet()))).toEqual([]);
  });
});

describe('bets.noDisconfirming', () => {
  it('fires on a blank disconfirming observation', () => {
    const bet = goodBet({ disconfirming: ' ' });
    const hits = runRule(betNoDisconfirming, withBets(bet));
    expect(hits[0]!.path).toEqual(['bets', { id: bet.id }, 'disconfirming']);
    expect(hits[0]!.message).toMatch(/^Bet 1 \(“By 2027/);
  });
});

describe('bets.noHorizon', () => {
  it('fires with no date', () => {
    const bet = goodBet({ horizon: null });
    expect(runRule(betNoHorizon, withBets(bet))[0]!.path).toEqual(['bets', { id: bet.id }, 'horizon']);
  });
});

describe('bets.extremeConfidence', () => {
  it.each([0, 100])('fires at %i %%', (confidence) => {
    expect(runRule(betExtremeConfidence, withBets(goodBet({ confidence })))[0]!.message).toContain(`held at ${confidence} %`);
  });

  it.each([1, 50, 99])('stays quiet at %i %%', (confidence) => {
    expect(runRule(betExtremeConfidence, withBets(goodBet({ confidence })))).toEqual([]);
  });
});

describe('bets.noConfidence', () => {
  it('fires with no confidence, not with 0 (another rule covers that)', () => {
    expect(runRule(betNoConfidence, withBets(goodBet({ confidence: null })))).toHaveLength(1);
    expect(runRule(betNoConfidence, withBets(goodBet({ confidence: 0 })))).toEqual([]);
  });
});

describe('bets.notMeasurable', () => {
  it.each(['Retrieval will matter more than scale.', 'By 2027 retrieval will matter more than scale.'])(
    'fires on a statement with no quantity (a year does not count): %s',
    (statement) => {
      expect(runRule(betNotMeasurable, withBets(goodBet({ statement })))).toHaveLength(1);
    },
  );

  it.each([
    'Half of new QA systems will use retrieval.',
    'Costs per query will fall below $0.001.',
    'Accuracy will rise 5 points.',
  ])('stays quiet on a quantity: %s', (statement) => {
    expect(runRule(betNotMeasurable, withBets(goodBet({ statement })))).toEqual([]);
  });
});

describe('bets.unconditionalComparative', () => {
  it('fires on “better” with nothing attached', () => {
    const hits = runRule(
      betUnconditionalComparative,
      withBets(goodBet({ statement: 'Retrieval will be better than long context.' })),
    );
    expect(hits[0]!.message).toContain('“better”');
  });

  it.each([
    'Retrieval will be better than long context on documents over 1M tokens.',
    'If context prices stay flat, retrieval will be better than long context.',
    'Retrieval will not be better than long context by 2027.',
  ])('stays quiet on: %s', (statement) => {
    expect(runRule(betUnconditionalComparative, withBets(goodBet({ statement })))).toEqual([]);
  });
});

describe('bets.horizonPassed', () => {
  it('fires on an open or holding bet past its date', () => {
    const open = goodBet({ horizon: '2026-02-28' });
    const holding = goodBet({ horizon: '2025-01-01', status: 'holding' });
    expect(runRule(betHorizonPassed, withBets(open, holding)).map((hit) => hit.path)).toEqual([
      ['bets', { id: open.id }, 'status'],
      ['bets', { id: holding.id }, 'status'],
    ]);
  });

  it('stays quiet on a resolved bet, and on one due today', () => {
    const resolved = goodBet({ horizon: '2025-01-01', status: 'refuted' });
    expect(runRule(betHorizonPassed, withBets(resolved, goodBet({ horizon: '2026-03-01' })))).toEqual([]);
  });
});
