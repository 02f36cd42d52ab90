/*
 * Schema version 4's record rewrites: every stored duration becomes milliseconds, once. A story
 * written by version 3 comes through equal to the same story written by version 4.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatTimesToMs,
  practiceTimesToMs,
  sessionTimesToMs,
  storyTimesToMs,
} from '../../../shared/migrations/timesInMilliseconds';
import { storySchema, type Story } from '../../../shared/model/story';
import { storyArb } from '../arbitraries/storyArbitrary';

/** The story as schema version 3 stored it: talk length in minutes, budgets in seconds. */
function asVersion3(story: Story): unknown {
  const { talkMs, beats } = story.outline;
  return {
    ...story,
    outline: {
      talkMinutes: talkMs / 60_000,
      beats: beats.map(({ budgetMs, ...beat }) => ({ ...beat, budgetSeconds: budgetMs / 1000 })),
    },
  };
}

describe('times in milliseconds (schema version 4)', () => {
  it('brings any version-3 story to the version-4 story it stands for', () => {
    fc.assert(
      fc.property(storyArb, (story) => {
        const migrated = storyTimesToMs(asVersion3(story));
        expect(migrated).toEqual(story);
        expect(storySchema.safeParse(migrated).success).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('changes nothing the second time, so a record upgraded once is never scaled again', () => {
    const v3 = { outline: { talkMinutes: 20, beats: [{ budgetSeconds: 120 }] } };
    const once = storyTimesToMs(v3);
    expect(once).toEqual({ outline: { talkMs: 1_200_000, beats: [{ budgetMs: 120_000 }] } });
    expect(storyTimesToMs(once)).toEqual(once);
    const format = formatTimesToMs({ totalSeconds: 30, segments: [{ budgetSeconds: 30 }] });
    expect(formatTimesToMs(format)).toEqual({ totalMs: 30_000, segments: [{ budgetMs: 30_000 }] });
  });

  it('rounds a fractional answer time to the millisecond and keeps an untimed answer untimed', () => {
    expect(practiceTimesToMs({ log: [{ seconds: 12.3456 }, { seconds: null }] })).toEqual({
      log: [{ answerMs: 12_346 }, { answerMs: null }],
    });
    expect(sessionTimesToMs({ segments: [{ budgetSeconds: 0, actualMs: 5 }] })).toEqual({
      segments: [{ budgetMs: 0, actualMs: 5 }],
    });
  });

  it('leaves what is not a number as it was, for validation to name', () => {
    expect(storyTimesToMs({ outline: { talkMinutes: 'twenty', beats: 'none' } })).toEqual({
      outline: { talkMs: 'twenty', beats: 'none' },
    });
    expect(storyTimesToMs(null)).toBeNull();
    expect(formatTimesToMs([1, 2])).toEqual([1, 2]);
    expect(sessionTimesToMs({ segments: [null, 3] })).toEqual({ segments: [null, 3] });
  });
});
