import { describe, expect, it } from 'vitest';
import {
  describeBeatLong,
  describeBeatShort,
  describeBeatsOver,
  describeBudgetTotal,
  describeEstimateTotal,
} from '../../../shared/story/describeTiming';
import type { BeatTiming, OutlineTiming } from '../../../shared/story/outlineTiming';

/** A beat's timing, its estimate and budget given in seconds. */
const beat = (words: number, estimatedSeconds: number, budgetSeconds: number): BeatTiming => ({
  id: 'b',
  words,
  estimatedMs: estimatedSeconds * 1000,
  budgetMs: budgetSeconds * 1000,
  status: words === 0 ? 'empty' : estimatedSeconds > budgetSeconds ? 'over' : 'within',
});

/** An outline's timing, the talk's length given in seconds. */
function outline(beats: BeatTiming[], talkSeconds: number): OutlineTiming {
  const sum = (f: (b: BeatTiming) => number) => beats.reduce((t, b) => t + f(b), 0);
  const talkMs = talkSeconds * 1000;
  return {
    beats,
    talkMs,
    totalBudgetMs: sum((b) => b.budgetMs),
    totalEstimatedMs: sum((b) => b.estimatedMs),
    totalWords: sum((b) => b.words),
    isBudgetOver: sum((b) => b.budgetMs) > talkMs,
    isEstimateOver: sum((b) => b.estimatedMs) > talkMs,
  };
}

describe('describing timings in words', () => {
  it('says whether a beat fits, is over, or has no notes', () => {
    expect(describeBeatShort(beat(163, 70, 120))).toBe('1:10 of 2:00 · fits');
    expect(describeBeatShort(beat(350, 150, 120))).toBe('2:30 of 2:00 · 0:30 over');
    expect(describeBeatShort(beat(0, 0, 90))).toBe('no notes · 1:30 budget');
  });

  it('spells out the words and pace beside the notes', () => {
    expect(describeBeatLong(beat(163, 70, 120), 140)).toBe(
      'About 1:10 to say (163 words at 140 wpm) · fits the 2:00 budget with 0:50 to spare',
    );
    expect(describeBeatLong(beat(1, 0, 0), 140)).toBe('About 0:00 to say (1 word at 140 wpm) · fits the 0:00 budget exactly');
    expect(describeBeatLong(beat(350, 150, 120), 140)).toBe(
      'About 2:30 to say (350 words at 140 wpm) · 0:30 over the 2:00 budget',
    );
  });

  it('sets the totals against the talk length', () => {
    const fits = outline([beat(100, 60, 600), beat(0, 0, 600)], 1200);
    expect(describeBudgetTotal(fits)).toBe('matches the talk length');
    expect(describeEstimateTotal(fits)).toBe('19:00 to spare');
    expect(describeBeatsOver(fits)).toBeNull();
    const over = outline([beat(3000, 1300, 700), beat(10, 5, 0)], 1200);
    expect(describeBudgetTotal(over)).toBe('8:20 of the talk not budgeted yet');
    expect(describeEstimateTotal(over)).toBe('1:45 over the talk length');
    expect(describeBeatsOver(over)).toBe('2 beats run over their budget');
    expect(describeBudgetTotal(outline([beat(0, 0, 1300)], 1200))).toBe('1:40 over the talk length');
    expect(describeEstimateTotal(outline([beat(0, 0, 1300)], 1200))).toBe('no notes yet');
  });
});
