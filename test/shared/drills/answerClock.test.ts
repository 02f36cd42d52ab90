import { describe, expect, it } from 'vitest';
import { answerClock, DEFAULT_ANSWER_SECONDS } from '../../../shared/drills/answerClock';

describe('answerClock', () => {
  it('counts down from the limit by the time that passed', () => {
    expect(answerClock(1000, 31_000, DEFAULT_ANSWER_SECONDS)).toEqual({
      elapsedSeconds: 30,
      remainingSeconds: 90,
      isOver: false,
    });
  });

  it('runs below zero once the time is up', () => {
    expect(answerClock(0, 125_000, 120)).toEqual({ elapsedSeconds: 125, remainingSeconds: -5, isOver: true });
  });

  it('never counts time before the start (a clock set back)', () => {
    expect(answerClock(10_000, 5_000, 120).elapsedSeconds).toBe(0);
  });
});
