import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BET_STATUSES, newBet, type Bet, type BetStatus } from '../../../shared/model/bets';
import { brierScore, calibrate, calibrationBuckets, resolvedForecasts, type Forecast } from '../../../shared/story/calibration';

function bet(status: BetStatus, confidence: number | null): Bet {
  return { ...newBet(), status, confidence };
}

const forecast = fc.record({ probability: fc.integer({ min: 0, max: 100 }).map((p) => p / 100), cameTrue: fc.boolean() });

describe('resolvedForecasts', () => {
  it('scores confirmed bets as true and refuted ones as false, and skips the rest', () => {
    const bets = [bet('confirmed', 80), bet('refuted', 30), bet('open', 90), bet('holding', 60), bet('confirmed', null)];
    expect(resolvedForecasts(bets)).toEqual([
      { probability: 0.8, cameTrue: true },
      { probability: 0.3, cameTrue: false },
    ]);
  });
});

describe('brierScore', () => {
  it('is null with nothing to score', () => {
    expect(brierScore([])).toBeNull();
  });

  it('averages the squared gaps', () => {
    // (0.8 − 1)² = 0.04 and (0.3 − 0)² = 0.09: mean 0.065.
    expect(
      brierScore([
        { probability: 0.8, cameTrue: true },
        { probability: 0.3, cameTrue: false },
      ]),
    ).toBeCloseTo(0.065, 10);
  });

  it('stays within 0 and 1', () => {
    fc.assert(
      fc.property(fc.array(forecast, { minLength: 1, maxLength: 60 }), (forecasts) => {
        const score = brierScore(forecasts)!;
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('is 0 for perfect forecasts and 1 for forecasts certain and wrong', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 60 }), (outcomes) => {
        const perfect: Forecast[] = outcomes.map((cameTrue) => ({ probability: cameTrue ? 1 : 0, cameTrue }));
        const wrong: Forecast[] = outcomes.map((cameTrue) => ({ probability: cameTrue ? 0 : 1, cameTrue }));
        expect(brierScore(perfect)).toBe(0);
        expect(brierScore(wrong)).toBe(1);
      }),
    );
  });

  it('is 0.25 for a forecaster who always says 50 %', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 60 }), (outcomes) => {
        expect(brierScore(outcomes.map((cameTrue) => ({ probability: 0.5, cameTrue })))).toBeCloseTo(0.25, 12);
      }),
    );
  });
});

describe('calibrationBuckets', () => {
  it('groups by stated confidence and reports the share that came true', () => {
    const buckets = calibrationBuckets([
      { probability: 0.7, cameTrue: true },
      { probability: 0.75, cameTrue: false },
      { probability: 0.9, cameTrue: true },
      { probability: 0.1, cameTrue: false },
    ]);
    expect(buckets).toEqual([
      { from: 0, to: 19, count: 1, meanStated: 0.1, shareTrue: 0 },
      { from: 60, to: 79, count: 2, meanStated: 0.725, shareTrue: 0.5 },
      { from: 80, to: 100, count: 1, meanStated: 0.9, shareTrue: 1 },
    ]);
  });

  it('puts every forecast in exactly one bucket, whose range holds its confidence', () => {
    fc.assert(
      fc.property(fc.array(forecast, { maxLength: 60 }), (forecasts) => {
        const buckets = calibrationBuckets(forecasts);
        expect(buckets.reduce((sum, b) => sum + b.count, 0)).toBe(forecasts.length);
        for (const b of buckets) {
          expect(b.meanStated * 100).toBeGreaterThanOrEqual(b.from - 1e-9);
          expect(b.meanStated * 100).toBeLessThanOrEqual(b.to + 1e-9);
          expect(b.shareTrue).toBeGreaterThanOrEqual(0);
          expect(b.shareTrue).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('calibrate', () => {
  it('sums up a list of bets, saying what it left out', () => {
    const result = calibrate([
      bet('confirmed', 90),
      bet('refuted', 60),
      bet('refuted', null),
      bet('open', 50),
      bet('holding', 40),
    ]);
    expect(result.count).toBe(2);
    expect(result.brier).toBeCloseTo((0.01 + 0.36) / 2, 10);
    expect(result.meanStated).toBeCloseTo(0.75, 10);
    expect(result.shareTrue).toBe(0.5);
    expect(result.withoutConfidence).toBe(1);
    expect(result.unresolved).toBe(2);
  });

  it('has no score while no bet is resolved', () => {
    const result = calibrate(BET_STATUSES.filter((s) => s === 'open' || s === 'holding').map((s) => bet(s, 70)));
    expect(result).toMatchObject({ count: 0, brier: null, meanStated: null, shareTrue: null, buckets: [] });
  });
});
