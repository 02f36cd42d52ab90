import { describe, expect, it } from 'vitest';
import { answerClock, DEFAULT_ANSWER_MS } from '../../../shared/drills/answerClock';

describe('answerClock', () => {
  it('counts down from the limit by the time that passed', () => {
    expect(answerClock(1000, 31_000, DEFAULT_ANSWER_MS)).toEqual({
      elapsedMs: 30_000,
      remainingMs: 90_000,
      isOver: false,
    });
  });

  it('runs below zero once the time is up', () => {
    expect(answerClock(0, 125_000, 120_000)).toEqual({ elapsedMs: 125_000, remainingMs: -5_000, isOver: true });
  });

  it('never counts time before the start (a clock set back)', () => {
    expect(answerClock(10_000, 5_000, 120_000).elapsedMs).toBe(0);
  });
});
