/*
 * Calibration of resolved bets: how close stated confidence came to what happened. A confirmed
 * bet came true (1), a refuted one did not (0); open and holding bets have no outcome yet, and a
 * resolved bet with no stated confidence cannot be scored.
 */
import type { Bet } from '../model/bets';

export interface Forecast {
  /** Stated confidence as a probability, 0 to 1. */
  probability: number;
  cameTrue: boolean;
}

export interface CalibrationBucket {
  /** Stated confidence range, in percent, both ends included. */
  from: number;
  to: number;
  count: number;
  /** Mean stated confidence of the bets in it, 0 to 1. */
  meanStated: number;
  /** Share of them that came true, 0 to 1. */
  shareTrue: number;
}

export interface Calibration {
  /** Resolved bets with a confidence: what the score is based on. */
  count: number;
  /** Mean squared gap between confidence and outcome, 0 (perfect) to 1; null with no scored bet. */
  brier: number | null;
  meanStated: number | null;
  shareTrue: number | null;
  buckets: CalibrationBucket[];
  /** Resolved bets left out because they state no confidence. */
  withoutConfidence: number;
  /** Bets still open or holding. */
  unresolved: number;
}

/** Stated-confidence ranges of the calibration table, in percent. */
export const CALIBRATION_RANGES: readonly (readonly [number, number])[] = [
  [0, 19],
  [20, 39],
  [40, 59],
  [60, 79],
  [80, 100],
];

/** The forecasts that can be scored: resolved bets that state a confidence. */
export function resolvedForecasts(bets: readonly Bet[]): Forecast[] {
  return bets.flatMap((bet) => {
    if ((bet.status !== 'confirmed' && bet.status !== 'refuted') || bet.confidence === null) return [];
    return [{ probability: bet.confidence / 100, cameTrue: bet.status === 'confirmed' }];
  });
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** The Brier score of forecasts: mean of (probability − outcome)², or null when there are none. */
export function brierScore(forecasts: readonly Forecast[]): number | null {
  return mean(forecasts.map((f) => (f.probability - (f.cameTrue ? 1 : 0)) ** 2));
}

/** Forecasts grouped by stated confidence (CALIBRATION_RANGES), empty ranges left out. */
export function calibrationBuckets(forecasts: readonly Forecast[]): CalibrationBucket[] {
  return CALIBRATION_RANGES.flatMap(([from, to]) => {
    const inRange = forecasts.filter((f) => {
      const percent = Math.round(f.probability * 100);
      return percent >= from && percent <= to;
    });
    if (inRange.length === 0) return [];
    return [
      {
        from,
        to,
        count: inRange.length,
        meanStated: mean(inRange.map((f) => f.probability)) ?? 0,
        shareTrue: inRange.filter((f) => f.cameTrue).length / inRange.length,
      },
    ];
  });
}

/** Everything the calibration view shows about a list of bets. */
export function calibrate(bets: readonly Bet[]): Calibration {
  const forecasts = resolvedForecasts(bets);
  const isResolved = (bet: Bet) => bet.status === 'confirmed' || bet.status === 'refuted';
  return {
    count: forecasts.length,
    brier: brierScore(forecasts),
    meanStated: mean(forecasts.map((f) => f.probability)),
    shareTrue: mean(forecasts.map((f) => (f.cameTrue ? 1 : 0))),
    buckets: calibrationBuckets(forecasts),
    withoutConfidence: bets.filter((bet) => isResolved(bet) && bet.confidence === null).length,
    unresolved: bets.filter((bet) => !isResolved(bet)).length,
  };
}
